def validate(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note(f"record: {record}")
        err.add_note("hint: every record needs an id")
        raise err
    return record["id"]

records = [{"id": 1}, {"name": "x"}, {"id": 3}]
for r in records:
    try:
        print("ok", validate(r))
    except KeyError as e:
        print("KeyError", e, e.__notes__)

e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("one")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)

class Custom(Exception):
    def __str__(self):
        return "custom message"
c = Custom("ignored arg")
c.add_note("a note\nwith two lines")
try:
    raise c
except Custom as got:
    print(str(got), got.args, len(got.__notes__))
try:
    validate({})
except KeyError as e:
    e.add_note("added while handling")
    raise
