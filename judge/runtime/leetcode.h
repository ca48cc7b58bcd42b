/* The LeetCode prelude: force-included (gcc -include leetcode.h) before a user's
 * solution of a function problem, and included by harnesses. It provides what
 * LeetCode's C environment provides implicitly and nothing else, so user code
 * cannot collide with judge names. The judge defines JUDGE_NO_LISTNODE /
 * JUDGE_NO_TREENODE when the solution defines the struct itself. */
#ifndef JUDGE_LEETCODE_H
#define JUDGE_LEETCODE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <stdint.h>
#include <limits.h>
#include <ctype.h>
#include <math.h>
#include <uthash.h>

#ifndef JUDGE_NO_LISTNODE
struct ListNode {
    int val;
    struct ListNode *next;
};
#endif

#ifndef JUDGE_NO_TREENODE
struct TreeNode {
    int val;
    struct TreeNode *left;
    struct TreeNode *right;
};
#endif

#endif
