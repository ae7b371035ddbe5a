/** jwasm cli. */
package dev.jwasm.cli;
