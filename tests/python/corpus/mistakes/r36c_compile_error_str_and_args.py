# printing a caught SyntaxError the way my grader shows it
import traceback

src = "total = (1 +\n         2 *)\nprint(total)"
try:
    compile(src, "answer.py", "exec")
except SyntaxError as e:
    print("str:", e)
    print("args:", e.args)
    print("".join(traceback.format_exception_only(type(e), e)), end="")
