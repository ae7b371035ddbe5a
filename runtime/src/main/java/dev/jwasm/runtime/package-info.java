/** jwasm runtime. */
package dev.jwasm.runtime;
