# Print with a capital P.
name = "world"
Print("hello", name)
# (the learner's program ends here)
# (the learner's program ends here)
