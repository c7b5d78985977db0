# printing where we are with sys._getframe inside an except, next to the traceback's frame
import sys

def where():
    f = sys._getframe(1)
    return f"{f.f_code.co_name}:{f.f_lineno}"

def risky():
    try:
        return [][0]
    except IndexError as e:
        print("handler at", where())
        print("tb frame says", e.__traceback__.tb_frame.f_lineno, "tb says", e.__traceback__.tb_lineno)
        raise

risky()
