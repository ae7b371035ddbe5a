/* malloc-heavy tree building: allocates and frees complete binary trees of several depths
 * (the "binary trees" benchmark shape) through the C library's malloc and free. Exercises
 * the allocator, pointer chasing and recursion; everything is freed before returning. */
#include <stdint.h>
#include <stdlib.h>

#define MIN_DEPTH 4
#define MAX_DEPTH 10

typedef struct Node {
    struct Node *left, *right;
} Node;

static Node *build(int depth) {
    Node *node = malloc(sizeof *node);
    if (!node) abort();
    if (depth > 0) {
        node->left = build(depth - 1);
        node->right = build(depth - 1);
    } else {
        node->left = node->right = NULL;
    }
    return node;
}

static int64_t check(const Node *node) {
    return node->left ? 1 + check(node->left) + check(node->right) : 1;
}

static void release(Node *node) {
    if (node->left) {
        release(node->left);
        release(node->right);
    }
    free(node);
}

int64_t run(void) {
    Node *long_lived = build(MAX_DEPTH);
    int64_t checksum = 0;
    for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
        int iterations = 1 << (MAX_DEPTH - depth + MIN_DEPTH);
        int64_t nodes = 0;
        for (int i = 0; i < iterations; i++) {
            Node *tree = build(depth);
            nodes += check(tree);
            release(tree);
        }
        checksum = checksum * 31 + nodes;
    }
    checksum = checksum * 31 + check(long_lived);
    release(long_lived);
    return checksum;
}
