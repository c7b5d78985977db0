# checking a user's snippet and re-raising its SyntaxError with more context
def check(src):
    try:
        compile(src, "<user>", "exec")
    except SyntaxError as e:
        print("args length:", len(e.args))
        filename, lineno, offset, text, end_lineno, end_offset = e.args[1]
        print(filename, lineno, offset, repr(text), end_lineno, end_offset)
        raise

check("x = 1")
check("if True\n    x = 1")
