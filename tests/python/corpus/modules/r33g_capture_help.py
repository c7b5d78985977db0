# Capturing argparse's help and errors in a StringIO with redirect_stdout and redirect_stderr
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog="cap")
p.add_argument("--size", type=int, required=True)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    p.print_help()
text = out.getvalue()
print(len(text.splitlines()), "help lines; first:", text.splitlines()[0])
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.parse_args([])
    except SystemExit as e:
        code = e.code
print("code", code, "stderr was:", err.getvalue().splitlines())
with contextlib.redirect_stdout(io.StringIO()) as buf:
    try:
        p.parse_args(["--help"])
    except SystemExit as e:
        print("inside", e.code)
print(repr(buf.getvalue()[-30:]))
