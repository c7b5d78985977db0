# European decimal comma passed to float().
readings = ["1.5", "2,25"]
values = [float(r) for r in readings]
print(values)
# (the learner's program ends here)
