# Mixing numbered and automatic fields in str.format.
print("{0} + {0} = {1}".format(2, 4))
print("{0} and {}".format("x", "y"))
# (the learner's program ends here)
# (the learner's program ends here)
