# Mistake: syn unexpected indent fn.
# (A learner's program as written, to compare with CPython 3.11.)
def main():
    print("a")
     print("b")
