# traceback.format_list, print_list, StackSummary.from_list and
# FrameSummary made by hand (locals, a file that does not exist), and the
# collapsed "[Previous line repeated ...]" of a deep recursion.
import sys
import traceback

here = __file__.rsplit("/", 1)[0] + "/"


def show(*items, **kw):
    # the program's path as given to python3: without its directory
    print(*(str(x).replace(here, "") for x in items), **kw)


def countdown(n):
    if n == 0:
        raise RuntimeError("bottom")
    return countdown(n - 1)


try:
    countdown(10)
except RuntimeError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    lst = [(f.filename, f.lineno, f.name, f.line) for f in frames]
    show(traceback.format_list(lst))
    show("".join(traceback.format_list(lst[:2])), end="")
    s = traceback.StackSummary.from_list(lst)
    show(s.format()[0], end="")
    fs = traceback.FrameSummary("prog.py", 3, "f", line="x = 1", locals={"a": [1]})
    show(fs, fs.line, fs.locals, fs == ("prog.py", 3, "f", "x = 1"))
    show(traceback.StackSummary.from_list([fs]).format())
    fs2 = traceback.FrameSummary("nowhere.py", 3, "g")
    show(repr(fs2.line))
    show(traceback.extract_tb(None), traceback.format_tb(None))
    show("".join(traceback.format_tb(tb)), end="")
    show(len(frames))
    show(traceback.format_list(frames)[-1], end="")
