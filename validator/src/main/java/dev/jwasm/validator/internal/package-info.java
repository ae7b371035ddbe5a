/** The validation algorithm itself: module-level checks and the single-pass operand-stack typing of code. */
package dev.jwasm.validator.internal;
