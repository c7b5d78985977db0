# range() given a string read from a form field.
count = "3"
for i in range(count):
    print(i)
# (the learner's program ends here)
