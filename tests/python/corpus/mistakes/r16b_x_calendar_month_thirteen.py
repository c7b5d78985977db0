# calendar.monthrange of month 13
print("== calendar month thirteen ==")
import calendar
print(calendar.month_name[2])
print(calendar.monthrange(2024, 13))
