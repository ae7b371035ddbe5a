/** jwasm parser. */
package dev.jwasm.parser;
