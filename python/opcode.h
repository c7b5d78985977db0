/*
 * opcode.h -- the bytecode that compile.c writes and eval.c runs.  An
 * instruction is one 32-bit word: the opcode in the low 8 bits and its
 * argument in the high 24.  Jumps carry absolute instruction indexes.
 */
#ifndef PY_OPCODE_H
#define PY_OPCODE_H

#define PY_OPCODES(X) \
    X(NOP) X(POP_TOP) X(ROT_TWO) X(ROT_THREE) X(ROT_FOUR) X(DUP_TOP) X(DUP_TOP_TWO) \
    X(LOAD_CONST) X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST) \
    X(LOAD_DEREF) X(STORE_DEREF) X(DELETE_DEREF) X(LOAD_CLOSURE) X(LOAD_CLASSDEREF) \
    X(LOAD_GLOBAL) X(STORE_GLOBAL) X(DELETE_GLOBAL) X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME) \
    X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR) \
    X(BINARY_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) X(BUILD_SLICE) \
    X(BINARY_OP) X(UNARY) X(COMPARE_OP) X(IS_OP) X(CONTAINS_OP) \
    X(JUMP) X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE) X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP) \
    X(GET_ITER) X(FOR_ITER) X(GET_AITER) X(FOR_AITER) \
    X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET) X(BUILD_MAP) \
    X(LIST_APPEND) X(SET_ADD) X(MAP_ADD) X(LIST_EXTEND) X(SET_UPDATE) X(DICT_UPDATE) X(DICT_MERGE) X(LIST_TO_TUPLE) \
    X(UNPACK_SEQUENCE) X(UNPACK_EX) \
    X(KW_NAMES) X(CALL) X(CALL_FUNCTION_EX) X(MAKE_FUNCTION) X(RETURN_VALUE) \
    X(YIELD_VALUE) X(GET_YIELD_FROM_ITER) X(YIELD_FROM) X(AWAIT) \
    X(SETUP_FINALLY) X(POP_BLOCK) X(POP_EXCEPT) X(RERAISE) X(RAISE_VARARGS) X(CHECK_EXC_MATCH) \
    X(BEFORE_WITH) X(BEFORE_ASYNC_WITH) X(WITH_EXIT_NORMAL) X(WITH_EXCEPT) \
    X(FORMAT_VALUE) X(BUILD_STRING) X(BUILD_CLASS) X(IMPORT_NAME) X(IMPORT_FROM) X(IMPORT_STAR) \
    X(LOAD_ASSERTION_ERROR) X(UNSUPPORTED) \
    X(CHECK_EG_MATCH) X(PREP_RERAISE_STAR) \
    X(SETUP_WITH)

enum {
#define PY__OP_ENUM(n) OP_##n,
    PY_OPCODES(PY__OP_ENUM)
#undef PY__OP_ENUM
    OP__COUNT
};

#define PY_OP(w) ((int)((w) & 0xff))
#define PY_ARG(w) ((int)((w) >> 8))
/* LIST_EXTEND's arg: the list's depth, plus this flag for a call's only
 * positional argument `f(*x)` (CPython passes x itself to
 * CALL_FUNCTION_EX, whose error names the function). */
#define PY_EXTEND_CALL 0x10000
/* and this one when the call's keyword dict lies between the list and f */
#define PY_EXTEND_CALL_KW 0x20000
#define PY_EXTEND_DEPTH(arg) ((arg) & 0xffff) /* the list's depth without the flags */

/* MAKE_FUNCTION flags */
enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_CLOSURE = 8 };
/* FORMAT_VALUE flags: conversion in the low 2 bits, 4 when a spec is on the stack */
enum { FV_NONE = 0, FV_STR = 1, FV_REPR = 2, FV_ASCII = 3, FV_SPEC = 4 };
/* BINARY_OP: the pyast_operator, + 16 for the augmented form */
#define BINOP_INPLACE 16
/* block types */
enum { B_TRY = 1, B_HANDLER = 2 };

#endif /* PY_OPCODE_H */
