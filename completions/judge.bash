# bash completion for judge(1): commands, problem ids and folders, each command's flags.
# `make install` puts it in PREFIX/share/bash-completion/completions/judge.
#
# Everything is read from the judge being completed, so a new command or flag needs no
# change here: the commands and their arguments from the synopsis of `judge --help`
# (PROBLEM: a problem id or folder; DIR, SUBMISSIONS: a folder; anything else: a file),
# each command's flags from `judge COMMAND --help`, the problem ids from `judge list`
# (with the --problems DIR already typed, if any).

# Prints "COMMAND ARG..." per synopsis line: the positional arguments, "..." marking one
# that repeats.
_judge_synopsis()
{
    "$1" --help 2>/dev/null | awk '
        /^$/ { exit }
        {
            sub(/^usage: /, "")
            cmd = ""; args = ""
            for (i = 2; i <= NF; i++) {
                w = $i
                if (w ~ /^\[-/) { while ($i !~ /\]$/ && i < NF) i++; continue }
                if (w == "--") continue
                if (cmd == "" && w ~ /^[a-z]/) { cmd = w; continue }
                if (cmd == "") break
                gsub(/[][]/, "", w)
                args = args " " w
            }
            if (cmd != "") print cmd args
        }'
}

_judge_problem_ids()
{
    "$1" ${2:+--problems "$2"} list 2>/dev/null | awk 'NR > 1 { print $1 }'
}

_judge()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local judge=${COMP_WORDS[0]} cmd= problems= i w n=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        case $w in
        --problems) problems=${COMP_WORDS[i + 1]}; ((i++)) ;;
        --problems=*) problems=${w#--problems=} ;;
        --time | --wall | --memory | --output | --stdin) ((i++)) ;;
        -*) ;;
        *) if [[ -z $cmd ]]; then cmd=$w; else ((n++)); fi ;;
        esac
    done
    COMPREPLY=()
    case $prev in
    --problems) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    --stdin) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
    --time | --wall | --memory | --output) return ;;
    esac
    local synopsis
    synopsis=$(_judge_synopsis "$judge")
    if [[ -z $cmd ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(awk '{ print $1 }' <<<"$synopsis")
            --problems --help --version" -- "$cur")
        return
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$({ "$judge" "$cmd" --help 2>/dev/null |
            grep -o -- '--[a-z][a-z-]*'; echo --help; echo --problems; } | sort -u)" -- "$cur")
        return
    fi
    local -a args
    read -r -a args <<<"$(awk -v c="$cmd" '$1 == c { $1 = ""; print; exit }' <<<"$synopsis")"
    local what=${args[n]:-}
    if [[ -z $what && ${#args[@]} -gt 0 && ${args[-1]} == *... ]]; then
        what=${args[-1]}
    fi
    case ${what%...} in
    "") ;;
    PROBLEM)
        mapfile -t COMPREPLY < <(compgen -W "$(_judge_problem_ids "$judge" "$problems")" -- "$cur")
        [[ $cur == */* || $cur == .* ]] && mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
        ;;
    DIR | SUBMISSIONS) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
    *) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    esac
}

complete -F _judge judge
