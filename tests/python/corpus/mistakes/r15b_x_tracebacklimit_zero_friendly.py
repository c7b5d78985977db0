# Mistake: hiding tracebacks with sys.tracebacklimit = 0 for "friendly" errors, then a real bug shows only its last line.
import sys

sys.tracebacklimit = 0

def ask_age(text):
    age = int(text)
    if age < 0:
        raise ValueError("age cannot be negative")
    return age

print(ask_age("12"))
print(ask_age("-4"))
