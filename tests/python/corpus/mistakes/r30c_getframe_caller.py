# Logging the caller's name and line with sys._getframe, up one level too many at the top.
import sys

def log(msg):
    f = sys._getframe(1)
    print(f"[{f.f_code.co_name}:{f.f_lineno}] {msg}")
    return f.f_back.f_code.co_name

def process():
    return log("processing")

print("caller's caller:", process())
log("top level")
