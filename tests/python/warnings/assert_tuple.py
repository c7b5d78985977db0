x = 1
assert (x, "message")
assert ()
assert x, "ok"
