# Unpacking a split line that has fewer parts than expected.
line = "2024-05"
year, month, day = line.split("-")
print(year, month, day)
# (the learner's program ends here)
