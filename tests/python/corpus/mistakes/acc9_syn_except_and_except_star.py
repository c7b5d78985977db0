# except and except* in the same try.
try:
    raise ValueError(1)
except ValueError:
    print("plain")
except* TypeError:
    print("star")
