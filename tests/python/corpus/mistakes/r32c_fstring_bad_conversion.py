# An f-string with an unknown conversion character.
name = "Ann"
print(f"{name!r}")
print(f"{name!x}")
# (the learner's program ends here)
