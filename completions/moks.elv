
use builtin;
use str;

set edit:completion:arg-completer[moks] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'moks'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'moks'= {
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand completions 'Print the shell completion script for moks'
            cand man 'Print the manual page of moks, or of one of its commands'
            cand complete-version 'Upload the signed certificate of a THIRD_PARTY version (Complete-MOKSClientCertVersion)'
            cand config 'Check the configuration moks uses'
            cand get-ca-cert 'List the account CA certificates (Get-MOKSCACert)'
            cand get-client-cert 'List client certificates, or show one (Get-MOKSClientCert)'
            cand get-client-cert-version 'List the versions of a client certificate (Get-MOKSClientCertVersion)'
            cand remove-version 'Delete a version of a client certificate (Remove-MOKSClientCertVersion)'
            cand rotate 'Create a new version of a client certificate (New-MOKSClientCertVersion)'
            cand set-client-cert 'Rename a client certificate or change its e-mails (Set-MOKSClientCert)'
            cand sandbox 'Run or reset the built-in MOKS sandbox'
            cand new-client-cert 'Create a client certificate (New-MOKSClientCert)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'moks;completions'= {
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;man'= {
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;complete-version'= {
            cand --id 'The client certificate''s id (certificateId)'
            cand --certificate-id 'The client certificate''s id (certificateId)'
            cand --name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand --certificate-name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand --version 'The version: a number, latest, deployed, current or previous (default: the one AWAITING_SIGNED_CERTIFICATE)'
            cand --certificate-file 'The signed certificate (PEM, or DER converted to PEM)'
            cand --trust-chain-file 'The chain of CA certificates that signed it (PEM)'
            cand --body 'The request body as JSON ({"certificate": …, "trustChain": …}): a literal, a FILE, or -'
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --acknowledge-all-warnings 'Upload even if the certificate raises validation warnings'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;config'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand check 'Show the .edgerc file, section and host in use, and prove them with one call'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'moks;config;check'= {
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;config;help'= {
            cand check 'Show the .edgerc file, section and host in use, and prove them with one call'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'moks;config;help;check'= {
        }
        &'moks;config;help;help'= {
        }
        &'moks;get-ca-cert'= {
            cand --status 'Only these statuses (comma-separated or repeated; case-insensitive)'
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;get-client-cert'= {
            cand --id 'Show the certificate with this id'
            cand --certificate-id 'Show the certificate with this id'
            cand --name 'Show the certificate with this name (exact, else a unique case-insensitive match)'
            cand --certificate-name 'Show the certificate with this name (exact, else a unique case-insensitive match)'
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;get-client-cert-version'= {
            cand --id 'The client certificate''s id (certificateId)'
            cand --certificate-id 'The client certificate''s id (certificateId)'
            cand --name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand --certificate-name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand --version 'Only this version: a number, latest, deployed, current or previous'
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --include-associated-properties 'Also list the properties that use each version'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;remove-version'= {
            cand --id 'The client certificate''s id (certificateId)'
            cand --certificate-id 'The client certificate''s id (certificateId)'
            cand --name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand --certificate-name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand --version 'The version: a number, latest, deployed, current or previous'
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;rotate'= {
            cand --id 'The client certificate''s id (certificateId)'
            cand --certificate-id 'The client certificate''s id (certificateId)'
            cand --name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand --certificate-name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;set-client-cert'= {
            cand --id 'The client certificate''s id (certificateId)'
            cand --certificate-id 'The client certificate''s id (certificateId)'
            cand --name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand --certificate-name 'The client certificate''s name: an exact match, else a unique case-insensitive one'
            cand --new-name 'The new name (1-64 characters)'
            cand --notification-emails 'The full new list of e-mail addresses (repeatable and comma-separated)'
            cand --body 'The request body as JSON: a literal, a FILE, or - for standard input'
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;sandbox'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand serve 'Serve the MOKS emulator until Ctrl-C; prints an .edgerc section pointing at it'
            cand reset 'Delete the state that --sandbox keeps between commands (the next use starts over)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'moks;sandbox;serve'= {
            cand --listen 'Address to listen on (port 0 picks a free port); a non-loopback address is warned about: the sandbox''s test credentials are then reachable from the network'
            cand --state 'Keep state in this file (shared safely with other moks processes); default: in memory'
            cand --deploy-delay 'How long a version stays DEPLOYMENT_PENDING'
            cand --rate-limit 'Requests per minute per account, and per credential across accounts, before 429 (0 = unlimited)'
            cand --latency 'Delay added to every answer'
            cand --fail-rate 'Share of requests answered 503, for testing clients (0 to 1)'
            cand --delete-pending 'How long a deleted deployed version stays DELETE_PENDING (the API: up to 24 hours)'
            cand --akamai-lifetime 'Lifetime of an Akamai-signed version; when it expires the sandbox rotates it'
            cand --ca-rotation 'Move the account CA through QUALIFYING, CURRENT and PREVIOUS with this period (default: it stays CURRENT)'
            cand --seed 'Example client certificates to create when the state is new'
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --tls 'Serve HTTPS with a self-signed certificate for 127.0.0.1/localhost (its file, private to you and removed on exit, is named on start)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;sandbox;reset'= {
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'moks;sandbox;help'= {
            cand serve 'Serve the MOKS emulator until Ctrl-C; prints an .edgerc section pointing at it'
            cand reset 'Delete the state that --sandbox keeps between commands (the next use starts over)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'moks;sandbox;help;serve'= {
        }
        &'moks;sandbox;help;reset'= {
        }
        &'moks;sandbox;help;help'= {
        }
        &'moks;new-client-cert'= {
            cand --name 'The certificate''s name, unique in the account (1-64 characters)'
            cand --certificate-name 'The certificate''s name, unique in the account (1-64 characters)'
            cand --contract-id 'Contract id (a ctr_ prefix is stripped)'
            cand --group-id 'Group id (a grp_ prefix is stripped)'
            cand --geography 'Where the certificate is deployed [default: CORE]'
            cand --secure-network 'STANDARD_TLS, or ENHANCED_TLS for the PCI-compliant network'
            cand --signer 'Who signs it: AKAMAI (the account CA) or THIRD_PARTY (your CA, from the CSR)'
            cand --notification-emails 'Addresses told about expiry and rotation (repeatable and comma-separated)'
            cand --key-algorithm 'RSA or ECDSA; left out, the server picks RSA'
            cand --preferred-ca 'Common name of the account CA that signs it (AKAMAI only; see get-ca-cert)'
            cand --subject 'Custom subject in the /C=US/O=Org/CN=name/ form (CN of 1-64 characters required)'
            cand --body 'The request body as JSON: a literal, a FILE, or - for standard input'
            cand -e 'The .edgerc file [default: ~/.edgerc]'
            cand --edgerc 'The .edgerc file [default: ~/.edgerc]'
            cand -s 'The .edgerc section [default: default]'
            cand --section 'The .edgerc section [default: default]'
            cand --account-key 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --accountkey 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)'
            cand --timeout 'Seconds to wait for each answer, its body included'
            cand --max-response-size 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB'
            cand --ca-cert 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s'
            cand --sandbox-state 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]'
            cand --color 'When to use colour: auto (a terminal without NO_COLOR), always, never'
            cand --json 'Print the API''s JSON unchanged (for scripts and jq)'
            cand --full 'Show PEM blocks whole instead of their first and last lines'
            cand --wide 'Show every column of a table, however wide (piped output always does)'
            cand -v 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --verbose 'Log each request on stderr (method, URL, status, time, retries; never secrets)'
            cand --dry-run 'Print the request that would be sent (signature redacted) and send nothing'
            cand --sandbox 'Run against the built-in sandbox (no account or .edgerc needed)'
            cand -q 'Print errors only: no warnings, notes or next steps'
            cand --quiet 'Print errors only: no warnings, notes or next steps'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'moks;help'= {
            cand completions 'Print the shell completion script for moks'
            cand man 'Print the manual page of moks, or of one of its commands'
            cand complete-version 'Upload the signed certificate of a THIRD_PARTY version (Complete-MOKSClientCertVersion)'
            cand config 'Check the configuration moks uses'
            cand get-ca-cert 'List the account CA certificates (Get-MOKSCACert)'
            cand get-client-cert 'List client certificates, or show one (Get-MOKSClientCert)'
            cand get-client-cert-version 'List the versions of a client certificate (Get-MOKSClientCertVersion)'
            cand remove-version 'Delete a version of a client certificate (Remove-MOKSClientCertVersion)'
            cand rotate 'Create a new version of a client certificate (New-MOKSClientCertVersion)'
            cand set-client-cert 'Rename a client certificate or change its e-mails (Set-MOKSClientCert)'
            cand sandbox 'Run or reset the built-in MOKS sandbox'
            cand new-client-cert 'Create a client certificate (New-MOKSClientCert)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'moks;help;completions'= {
        }
        &'moks;help;man'= {
        }
        &'moks;help;complete-version'= {
        }
        &'moks;help;config'= {
            cand check 'Show the .edgerc file, section and host in use, and prove them with one call'
        }
        &'moks;help;config;check'= {
        }
        &'moks;help;get-ca-cert'= {
        }
        &'moks;help;get-client-cert'= {
        }
        &'moks;help;get-client-cert-version'= {
        }
        &'moks;help;remove-version'= {
        }
        &'moks;help;rotate'= {
        }
        &'moks;help;set-client-cert'= {
        }
        &'moks;help;sandbox'= {
            cand serve 'Serve the MOKS emulator until Ctrl-C; prints an .edgerc section pointing at it'
            cand reset 'Delete the state that --sandbox keeps between commands (the next use starts over)'
        }
        &'moks;help;sandbox;serve'= {
        }
        &'moks;help;sandbox;reset'= {
        }
        &'moks;help;new-client-cert'= {
        }
        &'moks;help;help'= {
        }
    ]
    $completions[$command]
}
