# Sorting records by a key where some records have None
records = [("ana", 31), ("bo", None), ("cy", 25)]
records.sort(key=lambda r: r[1])
print(records)
# (a short program: the mistake is in the lines above)
