/**
 * WASI preview1 for jwasm: the host functions of {@code wasi_snapshot_preview1} (all 46 of
 * them) and of its predecessor {@code wasi_unstable}, over a guest's arguments, environment,
 * standard streams, clocks, randomness, preopened directories and listening sockets
 * ({@link dev.jwasm.wasi.WasiConfig}, {@link dev.jwasm.wasi.WasiPreview1}).
 *
 * <h2>Notes on the design (rationale)</h2>
 *
 * <h3>Errno values follow Wasmtime where the specification leaves room</h3>
 * Every function returns the {@code witx} errno ({@link dev.jwasm.wasi.Errno}); a guest
 * pointer outside memory is {@code EFAULT}, never a trap. Where runtimes differ we answer as
 * Wasmtime does (a write to a descriptor opened for reading is {@code EBADF}; rights a guest
 * asks for do not restrict what a descriptor can do, but rights it drops with
 * {@code fd_fdstat_set_rights} stay dropped), except that leaving the sandbox is
 * {@code ENOTCAPABLE}, preview1's capability error (Node's answer; Wasmtime says
 * {@code EPERM}). {@code proc_raise} is {@code ENOSYS}: a Java host cannot deliver a signal
 * to the guest. {@code fd_readdir} lists {@code .} and {@code ..} first, as Wasmtime does.
 *
 * <h3>The sandbox: component by component, without openat</h3>
 * A guest sees only its preopened directories. Each preopen is resolved to its real host
 * path once, when the context is created. A guest path is then resolved by
 * {@code PathResolver} one name at a time from the directory descriptor: each entry is
 * looked at with {@link java.nio.file.LinkOption#NOFOLLOW_LINKS}; {@code ..} pops a name and
 * popping past the preopen's root is {@code ENOTCAPABLE} (even when later names would come
 * back in — {@code sub/../../sandbox/x} is refused, as a capability system must); a symbolic
 * link is read and its target spliced into the names still to walk, an absolute target
 * being {@code ENOTCAPABLE} and more than 40 links {@code ELOOP}. The result names only real
 * directories below the root plus a final entry. The final entry is then opened with
 * {@code NOFOLLOW_LINKS} (a symbolic link there is {@code ELOOP} unless the guest asked to
 * follow it, in which case the resolver already has), and files are created with
 * {@code CREATE_NEW}, so nothing planted at the final name is followed either. A guest may
 * create a symbolic link with a relative target that points outside: it is only text, and
 * resolving it fails. Hard links and renames need both ends inside preopens; a read-only
 * preopen refuses every change in it, and also being the source of a rename or hard link
 * (a link would let the guest write the file through its other name).
 *
 * <h3>The race that remains</h3>
 * Java 17 has no {@code openat}, {@code O_NOFOLLOW} for intermediate components, or
 * directory handles: after the resolver has checked that every directory on the way is a
 * real directory, the host path is opened by name and the operating system walks it again.
 * If <em>another process on the host</em> replaces one of those directories with a symbolic
 * link between the check and the use, the open follows that link and can leave the
 * preopen. The guest itself cannot win this race (jwasm runs a guest's calls one at a time
 * and every link the guest makes is resolved by hand), and only the directories on the way
 * are exposed: the final name is never followed. Hosts that let untrusted parties change a
 * preopened tree while a guest runs should not rely on this sandbox alone (JDK 22's foreign
 * function API could call {@code openat2} with {@code RESOLVE_BENEATH} to close it).
 * Directory descriptors are kept as paths too, so a directory renamed by someone else
 * while the guest holds it open is followed by name, not by identity; likewise
 * {@code fd_filestat_get} of an open file looks the file up by the name it was opened
 * under (its size comes from the open channel).
 *
 * <h3>Calls without boxing, dispatch without lambdas</h3>
 * WASI functions extend {@link dev.jwasm.runtime.WasmFunction} directly and read their
 * i32 / i64 arguments from the tiers' slots, so an {@code fd_write} allocates only its
 * buffers. They are grouped by family with a switch per family rather than a lambda per
 * function: each lambda is an invokedynamic bootstrap, and {@code jwasm run}'s start-up
 * time is part of the product.
 *
 * <h3>Standard streams and polling</h3>
 * Inherited stdout and stderr are written with one gathering write per {@code fd_write},
 * unbuffered (wasi-libc buffers); they report the character-device type only on a
 * terminal, so that wasi-libc buffers fully when output goes to a file or pipe. Java cannot
 * ask an {@link java.io.InputStream} whether a read would block, so the first
 * {@code poll_oneoff} on stdin starts a daemon thread that reads ahead into a buffer.
 * Sockets stay non-blocking underneath and emulate blocking mode with selectors;
 * {@code poll_oneoff} on descriptors checks readiness at growing intervals (50 µs to 5 ms)
 * until one is ready or the earliest clock subscription is due.
 */
package dev.jwasm.wasi;
