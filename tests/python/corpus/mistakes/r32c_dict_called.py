# Calling a dict with parentheses instead of indexing it.
capitals = {"NO": "Oslo", "SE": "Stockholm"}
print(capitals["NO"])
print(capitals("SE"))
# (the learner's program ends here)
