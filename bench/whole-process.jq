# One markdown table row from a hyperfine JSON export of bench/whole-process.sh:
#   jq -r --arg name WORKLOAD -f whole-process.jq WORKLOAD.json
# Cells are mean ± standard deviation in seconds (four decimals below 0.1 s, as for native
# runs); the last column is jwasm's mean over Chicory's interpreter's; n/a where a runtime
# was not run.
def fixed($d): (. * pow(10; $d) | round) as $m
    | "\($m / pow(10; $d) | floor).\("0000" + ($m % pow(10; $d) | tostring) | .[length - $d:])";
def mean($runtime): [.results[] | select(.command == $runtime) | .mean][0];
def cell($runtime): [.results[] | select(.command == $runtime)][0]
    | if . == null then "n/a"
      else (if .mean < 0.1 then 4 else 3 end) as $d | "\(.mean | fixed($d)) ± \(.stddev | fixed($d))"
      end;
"| \($name) | \(cell("jwasm")) | \(cell("chicory-interpreter")) | \(cell("chicory-compiler")) | \(cell("native")) | "
+ (if mean("chicory-interpreter") == null then "n/a"
   else (mean("jwasm") / mean("chicory-interpreter") | fixed(2)) end) + " |"

