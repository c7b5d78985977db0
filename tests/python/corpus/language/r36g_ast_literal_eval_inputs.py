# Reading configuration values safely with ast.literal_eval, and what it refuses
import ast

samples = [
    "42", "-3.5", "1e3", "[1, 2, 3]", "(1,)", "{'a': 1, 'b': [2, 3]}", "{1, 2, 3}",
    "'hello\\nworld'", "b'bytes'", "None", "True", "1+2j", "-(5)", "+7",
    "set()", "[]", "{}", "(  1 ,  2 )", "  [4]",
    "__import__('os')", "x", "1 + 1", "[1, 2] * 3", "f(1)", "{'a': b}", "1 if True else 2",
    "", "[1, 2", "lambda: 0",
]
for text in samples:
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError) as e:
        print(f"{text!r:24} -> {type(e).__name__}: {str(e).split(' at 0x')[0]}")
    else:
        print(f"{text!r:24} -> {value!r} ({type(value).__name__})")

node = ast.parse("[1, (2, 'x'), {3: None}]", mode="eval")
print(ast.literal_eval(node))
print(ast.literal_eval(node.body))
