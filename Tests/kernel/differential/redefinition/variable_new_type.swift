// A variable declared again with another type replaces the earlier one.
var answer = 42
print(answer + 1)
// %% cell
var answer = "forty-two"
// %% cell
print(answer.uppercased(), answer.count)
// %% cell
answer += "!"
print(answer)
