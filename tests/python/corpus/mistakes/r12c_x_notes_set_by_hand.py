# __notes__ set by hand: replaced, made a tuple (add_note refuses it), holding a non-str and a note whose str fails.
class Context:
    def __str__(self):
        raise RuntimeError("no str")

def load(path):
    err = FileNotFoundError(2, "No such file", path)
    err.add_note("first try")
    err.__notes__ = [f"looked in {path}"]
    return err

err = load("app.cfg")
err.__notes__ = tuple(err.__notes__)
try:
    err.add_note("second try")
except TypeError as e:
    print("TypeError:", e)
err.__notes__ = list(err.__notes__) + [404, Context(), "giving up"]
group = ExceptionGroup("loading", [err, KeyError("x")])
group.__notes__ = ("a tuple is copied", "by subgroup")
part = group.subgroup(OSError)
print(part.__notes__, part.__notes__ is group.__notes__)
del group.__notes__
group.add_note("fresh")
raise group
