# Several notes on one exception, and a note that is not a string.
err = ValueError("temperature out of range")
err.add_note("sensor: kitchen")
err.add_note("reading: 412.5")
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)
print(err.__notes__)
def check(t):
    if t > 100:
        raise err
check(20)
check(412.5)
