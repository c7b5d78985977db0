# strptime with a format shorter than the text: unconverted data remains
print("== strptime unconverted data ==")

from datetime import datetime
print(datetime.strptime("2024-03-05 10:00", "%Y-%m-%d"))
