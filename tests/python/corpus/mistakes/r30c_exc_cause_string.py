# raise ... from with a string cause.
def parse(text):
    try:
        return float(text)
    except ValueError:
        raise RuntimeError("could not parse") from "bad input"

parse("abc")
