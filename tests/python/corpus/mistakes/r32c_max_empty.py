# max() of an empty list of readings.
readings = {"mon": [3, 5], "tue": []}
for day, vals in readings.items():
    print(day, max(vals))
# (the learner's program ends here)
