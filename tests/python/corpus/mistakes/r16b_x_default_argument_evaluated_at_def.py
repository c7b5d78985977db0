# A default argument that fails when the def runs, not when it is called
import time

def stamp(label, when=time.monotonic() + undefined_offset):
    return label, when

print(stamp("x"))
