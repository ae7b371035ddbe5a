/** jwasm validator. */
package dev.jwasm.validator;
