from datetime import datetime

inputs = ["2024-01-15", "15/01/2024", "2024-13-01", "2024-02-30", "2024-01-15 extra"]
for s in inputs:
    try:
        print(datetime.strptime(s, "%Y-%m-%d"))
    except ValueError as e:
        print("ValueError:", e)
birthday = datetime.strptime("31-04-1990", "%d-%m-%Y")
print(birthday)
