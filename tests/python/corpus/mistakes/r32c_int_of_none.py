# int() of a dict.get() result that was missing.
form = {"age": "31"}
print(int(form.get("age")))
print(int(form.get("height")))
# (the learner's program ends here)
