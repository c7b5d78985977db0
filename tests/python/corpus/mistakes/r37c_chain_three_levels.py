# error handling that goes wrong three times in a row
def risky():
    return [1, 2, 3][5]

try:
    risky()
except IndexError:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("giving up") from e
