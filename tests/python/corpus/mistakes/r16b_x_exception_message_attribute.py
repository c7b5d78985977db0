# e.message from Python 2 inside an except block
try:
    int("abc")
except ValueError as e:
    print("error:", e.message)
