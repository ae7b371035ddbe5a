/* Unknown import: imports env.no_such_function, which no runtime provides, so instantiation
 * must fail with a clear "unknown import" error before anything runs. */
#include <stdio.h>

__attribute__((import_module("env"), import_name("no_such_function"))) int no_such_function(int);

int main(void) {
    printf("must not run\n");
    return no_such_function(1);
}
