# Printing just the last line of errors for a compact log
import traceback

def parse(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except Exception as e:
            line = traceback.format_exception_only(type(e), e)[-1].strip()
            print("skip:", line)
    return out

print(parse(["1", "x", None, "4"]))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))
