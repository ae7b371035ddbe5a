/** jwasm spectest. */
package dev.jwasm.spectest;
