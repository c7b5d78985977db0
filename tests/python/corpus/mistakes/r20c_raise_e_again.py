# raise e from a stored exception adds frames
saved = None
def fail():
    raise ValueError("stored")

try:
    fail()
except ValueError as e:
    saved = e

def later():
    raise saved

later()
