# Mistake: text with a lone surrogate encoded to UTF-8 (strict fails) and written to stderr (escaped there).
import sys

text = "caf\udce9 \ud800"
for errors in ("replace", "backslashreplace", "strict"):
    try:
        print(errors, text.encode("utf-8", errors))
    except UnicodeEncodeError as e:
        print(errors, "failed at", e.start, e.end, e.reason)
print("log:", text, file=sys.stderr)
sys.stdout.write("escaped byte: caf\udce9\n")
print(text)
