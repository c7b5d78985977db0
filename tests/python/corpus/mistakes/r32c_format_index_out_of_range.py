# str.format with more placeholders than arguments.
row = "{} | {} | {}"
print(row.format("a", "b", "c"))
print(row.format("a", "b"))
# (the learner's program ends here)
