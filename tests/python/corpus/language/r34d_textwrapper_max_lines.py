# A TextWrapper with max_lines and placeholder, drop_whitespace and fix_sentence_endings
from textwrap import TextWrapper

text = ("Coroutines are scheduled by the event loop. They give up control at each await. "
        "Tasks wrap coroutines so that they run concurrently.  Futures hold results.")
w = TextWrapper(width=28, max_lines=3, placeholder=" ...")
print("\n".join(w.wrap(text)))
print("--")
w2 = TextWrapper(width=35, fix_sentence_endings=True, initial_indent="> ", subsequent_indent="> ")
print(w2.fill("First sentence. Second one! Third?  Done."))
print("--")
w3 = TextWrapper(width=10, drop_whitespace=False, replace_whitespace=True)
print([line for line in w3.wrap("a  b\tc\nd   e f")])
w4 = TextWrapper(width=12, break_on_hyphens=True)
print(w4.wrap("event-loop-driven coroutine-based"))
w4.break_on_hyphens = False
print(w4.wrap("event-loop-driven coroutine-based"))
try:
    TextWrapper(width=5, max_lines=1, placeholder=" [truncated]").wrap("some words here")
except ValueError as e:
    print("ValueError:", e)
try:
    TextWrapper(width=0).wrap("x")
except ValueError as e:
    print("ValueError:", e)
