# Many misspelt names, printed by the default excepthook to see the suggestions.
print("each error printed by the default excepthook:")
import sys
print("start")
account_balance = 10
accountBalance2 = 20
a_very_long_variable_name_for_the_total_amount_due = 5
for snippet in ["prnt('x')", "Print('x')", "PRINT('x')", "lenn([])", "acount_balance",
                "AccountBalance2", "a_very_long_variable_name_for_the_total_amount_du",
                "Tru", "none", "slef", "x", "ab", "Exeption", "ZeroDivisonError"]:
    try:
        eval(snippet)
    except NameError:
        sys.__excepthook__(*sys.exc_info())
