import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { readProvisions } from '../../server/src/engine/model/provisions';
import { Reading } from '../../server/src/engine/model/reading';
import { blindSet, devClauses, isTuningHalf, score, tuningSet } from '../corpus/clauses';
import { expectEach, expectNoError, model, rulesOf } from '../helpers/model';

/** The clause model (experimental, `clauseModel: true`): provisions, slots and decisions. */
describe('clause model', () => {
  it('reads force and slots from inflected, hyphenated and British wording', () => {
    const [p] = readProvisions('The Weights shall not be sold, rented or leased to anyone.');
    const r = new Reading(p, []);
    assert.ok(r.prohibits);
    assert.ok(r.has('action', 'sell'));
    const [q] = readProvisions('Licensees may use the Toolkit solely for not-for-profit purposes.');
    const s = new Reading(q, []);
    assert.ok(s.exclusive);
    assert.equal(s.all('purpose', 'noncommercial').length, 1);
  });

  it('judges the idea, not the sentence: one idea in several wordings', () => {
    for (const text of [
      'The Engine may be used only in projects run on a not-for-profit basis.',
      'Nothing in this Licence grants you permission to use the Engine for any commercial activity.',
      'Commercial deployments of the Engine require the prior written consent of the Author.',
    ]) assert.ok(rulesOf(text).some((r) => r.endsWith(':6') || r.includes('6')), `${text}: ${rulesOf(text)}`);
  });

  it('reads a restriction on passing on modified versions as OSD 4 as well as OSD 3, and a ban on changing the work as OSD 3 alone', () => {
    expectEach(['Modified versions of the Library may be distributed only after the Licensor has certified them.', 'The altered font files may not be passed on in any format.'], ['no-modification:3+4']);
    assert.deepEqual(rulesOf('Licensees may not alter, adapt or translate the Software in any way.'), ['no-modification:3']);
  });

  it('reads rights that last only while the recipient is party to an agreement with the licensor as a further agreement', () => {
    expectEach(['Redistribution is permitted only to recipients who are party to the Licensor\'s Channel Agreement.', 'Rights under this licence last only so long as the recipient remains party to a maintenance contract with the Licensor.'], ['additional-agreement:7']);
    // (Nor is "as the original recipient" a claim to be the original work.)
    assert.deepEqual(rulesOf('Each person who receives a copy is licensed on the same terms as the original recipient, provided that person first registers with the Licensor.').filter((r) => r.endsWith(':7')).length, 1);
  });

  it('reads every other technology of a kind shut out, and a maker\'s brand of hardware, as OSD 10', () => {
    assert.ok(rulesOf('The plugin is licensed for use with MariaDB only, and use with any other database is not licensed.').includes('platform-specific:10'));
    assert.ok(rulesOf('The model may be deployed on Acme-brand accelerators only.').includes('platform-specific:10'));
    assert.deepEqual(rulesOf('You may run the Software on any platform, including Windows, Linux and other operating systems.'), []);
  });

  it('reads source cut short: defined without its build parts, given but for what is left unsaid, or only as a generated form', () => {
    expectEach([
      '\u201cSource Code\u201d excludes the build scripts and makefiles, which are not provided.',
      'The inference code is released, but the hyperparameter values used to train the weights are not.',
      'The board support package is supplied as signed images, which constitute the only form in which it is licensed.',
    ], ['source-withheld:2']);
    expectEach(['The source, including build scripts, is included in the release.', 'Source code does not include the output of a code generator.', 'The binaries were built with scripts used to build the previous release.'], []);
  });

  it('reads changes taken over by the licensor and copies licensed only bit for bit as OSD 3, and keeps ownership statements clean', () => {
    assert.deepEqual(rulesOf('All right, title and interest in any modification made by the Licensee shall vest in the Licensor, and the Licensee shall retain no right to distribute it.'), ['no-modification:3']);
    assert.ok(rulesOf('This licence covers only bit-for-bit copies of the published images, and any copy that differs from them is unlicensed.').includes('no-modification:3'));
    assert.deepEqual(rulesOf('All right, title and interest in the Software remain with the Licensor.'), []);
  });

  it('reads rights that end when the work leaves a particular product as OSD 8, and notices removed or files unpacked as nothing of the kind', () => {
    expectEach([
      'Any copy of the codec detached from the Aurora Player installer is not covered by these terms.',
      'The permissions in this licence lapse for a plugin upon its extraction from the Licensor\'s starter bundle.',
      'Copies run inside our kiosk image are licensed; copies lifted out of that image are not.',
      'The library is licensed as a module of the Harbor Suite and not otherwise.',
      'This driver is licensed for inclusion in the Pallas firmware, and every other vendor must obtain separate permission.',
    ], ['product-specific:8']);
    expectEach([
      'If you remove the copyright notice from the App, this licence terminates.',
      'Files extracted from the archive remain under this licence.',
      'A prebuilt installer is published for macOS only; the source builds and runs anywhere under this licence.',
    ], []);
  });

  it('reads a technology of a kind required by name, or every one but a named one shut out, as OSD 10', () => {
    assert.ok(rulesOf('Your licence ends if the Software is deployed on any cloud other than Azure.').includes('platform-specific:10'));
    assert.ok(rulesOf('The checkpoints may be shared only in the ggml format.').includes('platform-specific:10'));
    assert.deepEqual(rulesOf('The checkpoints may be shared in any format, including ggml and safetensors.'), []);
  });

  it('reads persons marked out by something done with the licensor as OSD 7, and a register the licensor keeps as OSD 5', () => {
    expectEach([
      'No licence under these terms reaches a user who has not enrolled with the Licensor.',
      'Each recipient who passes the Licensor\'s know-your-customer check is granted the rights in Section 4.',
    ], ['additional-agreement:7']);
    assert.ok(rulesOf('The rights extend only to the persons recorded in the Licensor\'s Pilot Register on 1 March.').includes('excluded-group:5'));
  });

  it('reads a use forbidden by its purpose when the use is the subject, and source given but for a part', () => {
    assert.ok(rulesOf('Deploying the Model for the purpose of scoring job applicants is not licensed.').some((r) => r.endsWith(':6')));
    assert.ok(rulesOf('Sure, tinker with it all you want, as long as you are not making money from it.').includes('non-commercial:6'));
    expectEach(['The driver sources are published, except for the codec module, whose source is not provided.'], ['source-withheld:2']);
    expectEach(['The source is provided, except where a file\'s source is not yet published, in which case you may request it.'], []);
  });

  it('keeps what the licensor does and a duty to accept this licence itself clean, and reads builds for other consoles as OSD 10', () => {
    expectEach(['We only build nightly snapshots for ARM laptops.', 'Recipients must accept these terms.', 'Each recipient shall agree to this licence.'], []);
    assert.ok(rulesOf('Every recipient must send the Licensor a signed statement accepting these terms before using the Software.').includes('additional-agreement:7'));
    assert.ok(rulesOf('Ports to other game consoles are not covered by this licence.').includes('platform-specific:10'));
    assert.deepEqual(rulesOf('Activities other than copying, distribution and modification are not covered by this License.'), []);
  });

  it('reads a class of persons shut out whatever it is called, and a licensee vouching it is not one, as OSD 5', () => {
    expectEach([
      'Pharmacists and veterinarians may not use the Software.',
      'The Licensee certifies that it is not a payday lender.',
      'You may use the Library, provided always that the Licensee is not owned by a tobacco company.',
    ], ['excluded-group:5']);
    expectEach(['Sponsors receive no special rights under this licence.', 'Other browsers are not covered by this support statement.', 'You represent and warrant that you have the authority to accept this licence.'], []);
  });

  it('reads a use named as forbidden in the predicate, and an exception to "any purpose", as OSD 6, whatever the activity is called', () => {
    assert.ok(rulesOf('Ranking tenants by predicted rent arrears is a prohibited application of the Model.').includes('prohibited-use:6'));
    assert.ok(rulesOf('You may use the Software for any purpose, with these exclusions: (a) breeding racing greyhounds and (b) running dog tracks.').includes('field-of-use:6'));
    expectEach(['Any use in breach of applicable law is a breach of the licence.', 'Use the Software for any purpose, but the Licensor gives no warranty of any kind.'], []);
  });

  it('reads rights that hold only while the work forms part of a named product as OSD 8', () => {
    assert.ok(rulesOf('The licence applies only while the Tool forms part of the Helios Studio suite.').includes('product-specific:8'));
    assert.deepEqual(rulesOf('For the purposes of this License, paragraphs A and B only form part of the terms of the License if the Initial Developer ticks the box.').filter((r) => r.startsWith('product')), []);
  });

  it('reads demands on other software that stands beside the work as its subject as OSD 9, not notices each part keeps', () => {
    expectEach(['Other models and datasets provided together with the Model must likewise be released under this licence.', 'All plugins, tools and scripts distributed together with the Software must first be certified by the Licensor.'], ['restricts-other-software:9']);
    assert.deepEqual(rulesOf('If you distribute the Model together with other models, each must carry its own licence notice.'), []);
    assert.deepEqual(rulesOf('The Toolkit shall not be placed in any package repository or software collection that also carries third-party programs.'), ['aggregate-ban:1']);
  });

  it('reads a change that heads the sentence, or sets off a termination, as OSD 3, and not a compound adjective or a breach', () => {
    assert.ok(rulesOf("Fine-tuning, continued pre-training or any other adjustment of the Model's weights is not permitted.").some((r) => r.startsWith('no-modification:3')));
    assert.ok(rulesOf('This licence terminates automatically if you publish any modified version of the Software.').some((r) => r.startsWith('no-modification:3')));
    expectEach(['This licence terminates if you fail to comply with its terms, including when you distribute a modified version without the notices.', 'You may use the Model only in the Model Hub or on your own machines.'], []);
    // (A place named by the work or a party is no territory: "only within the Licensee's own premises" is a narrowed use, not a class of persons.)
    assert.deepEqual(rulesOf('Licensees may run the Software only within the Licensee\'s own premises or cloud account.'), ['limited-purpose:6']);
  });

  it('reads source obfuscated or published without its build scripts as OSD 2, modified versions for a counted few or parts kept unaltered as OSD 3, and paid work that needs a different licence as OSD 6', () => {
    assert.ok(rulesOf('Source code will be provided in obfuscated form, with identifiers renamed and comments removed.').includes('source-withheld:2'));
    assert.deepEqual(rulesOf('The published source excludes the build scripts, makefiles and compiler configuration needed to build the Software.'), ['source-withheld:2']);
    assert.deepEqual(rulesOf('Modified versions may be shared with no more than five named collaborators.'), ['no-modification:3+4']);
    assert.deepEqual(rulesOf('You may modify the Software, except the licence-check and telemetry modules, which must remain unaltered in every copy.'), ['no-modification:3']);
    assert.ok(rulesOf('This is for hobby projects. If you\'re getting paid for the thing you build with it, you need a different licence from us.').includes('non-commercial:6'));
    expectEach(['You may modify any file except LICENSE, which must remain unaltered.', 'Modified versions must be renamed, with identifiers of the original kept in the credits.', 'The Licensor publishes a description of the data used to train the Model.'], []);
    assert.ok(!rulesOf('No information about the data used to train the Model will be disclosed by the Licensor.').some((r) => r.startsWith('competing-use')));
  });

  it('reads recipients who must sign, register or apply to the licensor as OSD 7, not contributors to the project', () => {
    expectEach([
      'You must sign and return the licence agreement to receive these rights; exercising them is not enough.',
      'Please register your installation; unregistered copies are not licensed.',
      'Everyone who uses, modifies or redistributes the software must first sign the Contributor Licence Agreement.',
      'Recipients do not automatically receive a licence; each must obtain one directly from the original licensor by written application.',
    ], ['additional-agreement:7']);
    expectEach([
      'Anyone who submits a patch must sign the Contributor Licence Agreement.',
      'Everyone who contributes or uses the forum must follow the Code of Conduct.',
      'Each recipient receives a licence directly from the original licensor.',
      'Unregistered copies are fully licensed; registration only gets you newsletters.',
    ], []);
  });

  it('keeps clean what says a term does not reach: a ban denied, the scope of a grant or a copyleft duty, a royalty not owed, a history note, advice', () => {
    expectEach([
      'Medical providers using this software must meet their own confidentiality obligations; the licence neither forbids nor conditions medical use.',
      'Attribution requirements apply to this software only, not to other programs you ship with it.',
      'The patent grant covers a contribution combined with the work as it existed when contributed, and no other software.',
      'Selling devices that include this software is within the patent licence; no separate royalty is owed to any contributor.',
      'The share-alike requirement is triggered only by distribution or by network provision, never by private modification or internal use.',
      'A clause that once barred use by military organisations was struck out before the licence was submitted for approval; this note is retained for history only.',
      'Our guidance discouraging use in mass-surveillance applications is advisory only and creates no licence obligation.',
      'Most of our users are commercial companies with over 1,000 employees; the licence applies to them exactly as to anyone else.',
    ], []);
    // (A ban the sentence goes on to make still counts.)
    assert.ok(rulesOf('Medical providers must meet their own confidentiality obligations and may not use the Software for diagnosis.').includes('field-of-use:6'));
    assert.ok(rulesOf('A separate royalty is owed to the Licensor for each device sold.').includes('royalty-or-fee:1'));
  });

  it('keeps what the licensor publishes, and where copies come from, apart from source withheld and binaries forbidden', () => {
    expectEach([
      'Official binaries are published only for x86-64 and ARM64; you may build for any other architecture yourself.',
      'Commercial distributors must not label their builds \'Official Ember Release\'; they remain free to sell those builds under any other name.',
      'We publish source tarballs on our website and do not ship source on physical media, though anyone may charge for copying them.',
      'Releases are signed with our GPG key; unsigned copies from other sources are equally licensed, but we cannot vouch for them.',
    ], []);
    assert.ok(rulesOf('We publish the source code only to paying customers.').includes('source-withheld:2'));
    // (A state the source is left in is no history: "has been obfuscated".)
    assert.ok(rulesOf('The source code provided by the Licensor has been obfuscated to protect trade secrets.').includes('source-withheld:2'));
    assert.deepEqual(rulesOf('The telemetry module has been removed from this release.'), []);
    assert.ok(rulesOf('Binaries are provided only for non-commercial use.').includes('non-commercial:6'));
  });

  it('reads an elided ban ("but not distributed"), a royalty on the proviso, others aggregated made to take this licence, and everyone else shut out', () => {
    assert.deepEqual(rulesOf('You may copy the Software, but not distribute it.'), ['distribution-permission:1']);
    assert.ok(rulesOf('Derived works must carry a different name; binaries built from modified source may be used internally but not distributed.').some((r) => r.includes('4')));
    assert.ok(rulesOf('Distributors may sell CD-ROMs containing this program alongside other programs, provided a royalty of five percent of the sale price is paid to the licensor.').includes('royalty-or-fee:1'));
    assert.deepEqual(rulesOf('Aggregating this program with independent works on a storage medium requires those works to be released under this licence.'), ['restricts-other-software:9']);
    assert.deepEqual(rulesOf('Mere aggregation of another work with the Program on a volume of a storage medium does not bring the other work under the scope of this License.'), []);
    assert.ok(rulesOf('Intended users are researchers and developers; use by anyone else is not permitted under this licence.').includes('excluded-group:5'));
    assert.ok(rulesOf('Commercial use of the Library is permitted upon payment of the annual licence fee set out in Schedule B; non-commercial use is free of charge.').includes('non-commercial:6'));
  });

  it('reads copies not linked or registered, paid alterations, source after a sales mark or at the licensor\'s whim, and keeps data described in full clean', () => {
    assert.ok(rulesOf('To play the game or host a server you\'ll need to link your copy to a verified account; copies that aren\'t linked aren\'t licensed.').includes('additional-agreement:7'));
    assert.ok(rulesOf('Each workstation on which the Font is installed is to be registered with the Foundry, an installation on an unregistered workstation being unlicensed.').includes('additional-agreement:7'));
    assert.deepEqual(rulesOf('Distribution of a modified version is permitted on payment to the Licensor of a one-off alteration fee of one hundred pounds; unmodified copies are free.'), ['no-modification:3+4']);
    assert.deepEqual(rulesOf('Source code will be opened once the project has sold ten thousand licences, and not a day before.'), ['source-withheld:2']);
    assert.ok(rulesOf('No recipient shall be entitled to the source code unless the Licensor, in its unfettered discretion, elects to provide it.').includes('source-withheld:2'));
    assert.ok(rulesOf('You may not use outputs of the Model as training data for other models.').includes('competing-use:6'));
    expectEach([
      'Some training data cannot be redistributed, but the Licensor publishes a complete description of all of it (provenance, selection, labelling and filtering) together with a list of where each public or third-party source can be obtained.',
    ], []);
    assert.ok(!rulesOf('No description of the data on which the Model was trained is furnished.').includes('competing-use:6'));
  });

  it('reads classes shut out by employer or conduct towards the licensor, derived works counted, timed or certified, rights that wait on a policy, and a revenue share', () => {
    assert.ok(rulesOf('Heads up: if your paycheque comes from a company on the current Fortune Global 500 list, this grant doesn\'t reach you, even for side projects.').includes('excluded-group:5'));
    assert.ok(rulesOf('If You, or any entity under common control with You, has at any time brought legal proceedings of any kind against the Licensor, this Licence does not apply to You.').includes('excluded-group:5'));
    assert.ok(rulesOf('Law-enforcement officers, whether on or off duty and whether acting in an official or personal capacity, are not granted permission to run, copy or modify the Software.').includes('excluded-group:5'));
    assert.ok(rulesOf('Identifying suspects from CCTV or body-camera footage is not a permitted use of the Software.').includes('prohibited-use:6'));
    assert.deepEqual(rulesOf('You may create up to three (3) derivative works of the Software.'), ['no-modification:3']);
    assert.deepEqual(rulesOf('Modified versions may be distributed for a period of 90 days after their creation, after which all distribution of them must cease.'), ['no-modification:3']);
    assert.deepEqual(rulesOf('Any derivative work must pass the Licensor\'s conformance test suite and be certified compatible before it is distributed.'), ['no-modification:3+4']);
    assert.ok(rulesOf('To receive the rights in Section 2, each recipient must agree to the Licensor\'s Privacy Policy.').includes('additional-agreement:7'));
    assert.deepEqual(rulesOf('Q: Can I bundle this in my paid app? A: Sure, as long as you send us 5% of the net revenue from the bundle each quarter.'), ['royalty-or-fee:1']);
    assert.deepEqual(rulesOf('Build scripts and configuration files required to compile the Software are excluded from the Source Code and are not licensed.'), ['source-withheld:2']);
    expectEach([
      'If you do not accept these terms, this Licence does not apply to you.',
      'Q: Do I need to tell you or ask permission before using this in production? A: No. You don\'t need to notify us, register or ask, whatever the field or purpose.',
      'Breaking the seal on the media envelope constitutes acceptance of these terms.',
    ], []);
  });

  it('reads an FAQ answer as the act its question asks about, with the force the answer gives it', () => {
    assert.ok(rulesOf('Q: Can staff of government agencies use the library? A: Not unless their agency has first signed our public-sector addendum.').includes('excluded-group:5'));
    assert.ok(rulesOf('Q: Can I ship a fork?\nA: Only once the core team has signed off on it.').includes('no-modification:3'));
    assert.ok(rulesOf('Q: Can I use this in a hospital? A: Only for non-clinical work.').some((r) => r.endsWith(':6')));
    expectEach([
      'Q: Can I remove the copyright notice? A: No.',
      'Q: Can I use this at work? A: Yes.',
      'Q: Can I use the project\'s name for my fork? A: No, not without our permission.',
      'Q: Can I relicense my fork under a proprietary licence? A: No; derivative works must stay under the GPL.',
      'Q: Are we required to publish our changes? A: No.',
    ], []);
  });

  it('reads a grantee defined without a class, a grant conditioned on who the licensee is, and a duty applied by size as OSD 5', () => {
    expectEach([
      "'Licensee' means any individual or entity, excluding those whose names appear in Appendix C (Excluded Parties), as updated by the Licensor from time to time.",
      "The term 'Permitted Entity' shall not include any entity that is majority-owned or controlled by a state.",
      'On condition that the Licensee is a registered charity in good standing, the Licensor grants a perpetual, worldwide licence to the Software.',
      'Subject to the Recipient not being an employee or contractor of a company whose shares are traded on any stock exchange, the Recipient may use and redistribute the Work.',
      'No person not resident in the European Union may use the Model.',
    ], ['excluded-group:5']);
    assert.ok(rulesOf('The payment obligation applies only to companies with over 100 employees.').includes('size-threshold:5'));
    expectEach([
      '"You" (or "Your") shall mean an individual or Legal Entity exercising permissions granted by this License.',
      '"Licensee" means any person who receives the Software, other than the Licensor itself.',
      'Provided that the Licensee is not in breach of this Agreement, the Licensee may use the Software.',
      'The fee waiver applies to all users, including companies with over 100 employees.',
      'No person who receives a copy of the Software shall be deemed excluded from the rights granted by this licence.',
    ], []);
  });

  it('reads a purpose lent by a defined term, a field outside the grant, assent by a gesture, changes owed to the licensor and a royalty owed on copies', () => {
    assert.ok(rulesOf('"Authorised Purpose" means any purpose other than military or surveillance purposes. You may use the Model only for an Authorised Purpose.').includes('field-of-use:6'));
    assert.ok(rulesOf('Military, paramilitary and intelligence applications fall outside the Permitted Field.').includes('field-of-use:6'));
    expectEach(['Assent to these terms is expressed by scrolling to the end of the dialog and pressing Continue.', 'Execution of this licence takes place by typing YES into the setup wizard, and no copy installed otherwise is licensed.'], ['click-wrap:10']);
    expectEach(['Distributors of modified versions shall send a copy of their changes to the Licensor upon release.', 'Each modified version must bear a name approved in advance by the Licensor.'], ['no-modification:3']);
    assert.deepEqual(rulesOf('You may charge for copies, but any amount above the cost of the media is owed to the licensor as a 10% royalty.'), ['royalty-or-fee:1']);
    expectEach([
      '"Authorised Purpose" means any lawful purpose. You may use the Model only for an Authorised Purpose.',
      'Trademarks fall outside the scope of this licence.',
      'You are bound by this licence when you copy, modify or distribute the Software.',
      'We encourage you to send your changes to the maintainers.',
      'If you distribute a modified version, you must provide the source code of your changes to every recipient.',
      'You may charge for copies; no royalty is owed to the licensor.',
      'If you need a commercial licence for your business, contact us; this licence also allows commercial use.',
    ], []);
  });

  it('reads a ban followed by "including but not limited to" as binding, and the Artistic licence\'s "do not, by themselves, cause" as a statement', () => {
    assert.deepEqual(rulesOf('You may not use the Model for military purposes, including but not limited to weapons development, combat command and military intelligence analysis.'), ['field-of-use:6']);
    assert.deepEqual(rulesOf('Works (including, but not limited to, modules and scripts) that merely extend or make use of the Package, do not, by themselves, cause the Package to be a Modified Version.'), []);
    assert.deepEqual(rulesOf('You may use the Software for any purpose, including but not limited to commercial use.'), []);
  });

  it('reads one online API as OSD 10, a part used apart from its product as OSD 8 (not reverse engineering), and a fee to the licensor for each derived work as OSD 3', () => {
    assert.ok(rulesOf('The licensee may only call the model through the online API provided by the licensor, and may not deploy it locally.').includes('platform-specific:10'));
    // (A cloud platform is a kind of technology too: OSD 10 as well, as the model reads it.)
    assert.deepEqual(rulesOf('This component may be used only as part of the licensor\'s cloud platform; if it is extracted and used separately, no rights under this agreement apply.'), ['product-specific:8+10']);
    assert.ok(rulesOf('For each derivative work the licensee publishes, it shall pay the licensor a licence fee of RMB 50,000.').includes('no-modification:3+4'));
    assert.ok(rulesOf('Licensees using the Software in military applications must notify the Licensor of that use once a year.').includes('field-of-use:6'));
    assert.ok(rulesOf('Application of the Software to human germline editing or embryo research voids this licence.').some((r) => r.endsWith(':6')));
    expectEach([
      'You may access the model through our hosted API or download the weights and run them yourself.',
      'You may not impose a license fee, royalty, or other charge for exercise of rights granted under this License.',
      'Researchers using the Software must first read the Licensor\'s documentation.',
      'Users deploying the Model in medical settings must first comply with applicable laws.',
    ], []);
    assert.deepEqual(rulesOf('You may not extract the source code from the binary.'), ['reverse-engineering-ban:2']);
  });

  it('reads a use forbidden to the work and its derivatives as OSD 6 (not OSD 3), a grant bounded by the Field of Use, a class banned from the community, a licence lost above a download count', () => {
    assert.deepEqual(rulesOf('Neither the weights nor any derivative of them may be used to decide whether an individual is eligible for housing, insurance or credit.'), ['field-of-use:6']);
    assert.ok(!rulesOf('Derivatives of the Model may not be used for training other models.').some((r) => r.startsWith('no-modification')));
    assert.deepEqual(rulesOf("'Field of Use' means consumer-facing mobile applications; no licence is granted outside the Field of Use."), ['limited-purpose:6']);
    assert.deepEqual(rulesOf('You may use the Software only within the Licensed Field.'), ['limited-purpose:6']);
    assert.deepEqual(rulesOf('Note: this project is not licensed for use by anyone who has been banned from our community forums.'), ['excluded-group:5']);
    assert.deepEqual(rulesOf('An organisation whose products built on the Software exceed one million downloads in any calendar year loses its licence unless it enters into a commercial agreement with the Licensor.'), ['size-threshold:5']);
    assert.ok(rulesOf('Any use by or for an advertising-technology business requires a separate commercial licence.').some((r) => r.endsWith(':6')));
    expectEach([
      'No rights to the Licensor\'s marks are granted by this licence, so forks must be rebranded before any commercial distribution.',
      'Any use of the Software for any purpose is permitted and requires no separate licence.',
      'Anyone who has been banned from our community forums may not post there; this does not affect the licence.',
      'If you breach this licence, you lose your licence.',
      "The Licensor's warranty does not extend outside the Field of Use.",
    ], []);
  });

  it('reads patches allowed but their builds refused as OSD 4, a permission taken back for the changes it names as OSD 3, and a click named only as what may not be imposed on recipients as clean', () => {
    assert.deepEqual(rulesOf('You may distribute patch files, but not any binaries built from patched source.'), ['patch-only-no-binaries:4']);
    assert.deepEqual(rulesOf('Derived works are permitted, except where they remove or alter the telemetry module.'), ['no-modification:3']);
    expectEach([
      'You may distribute patch files and binaries built from patched source.',
      'Derived works are permitted, except where they infringe third-party rights.',
      'You may not impose on recipients further restrictions not provided by this licence, for example requiring them to click to accept a separate agreement or to register personal information.',
    ], []);
  });

  it('reads a class of persons that must do something for the licensor as OSD 5, a licence personal to the first licensee as OSD 7, and an offer of another licence to a class as clean', () => {
    assert.ok(rulesOf("Non-governmental organisations must obtain the Licensor's written consent before deploying the Software; consent may be refused without reasons.").includes('excluded-group:5'));
    assert.ok(rulesOf("A Licensee that is owned or controlled by a foreign state must obtain the Licensor's prior approval before each new deployment of the Software.").includes('excluded-group:5'));
    assert.ok(rulesOf('Banks designated as systemically important financial institutions must pay the Licensor an annual fee for each installation of the Software.').includes('excluded-group:5'));
    assert.deepEqual(rulesOf('This licence is personal to you and does not go with copies you pass on.'), ['rights-not-passed:7']);
    assert.ok(rulesOf('Use for any lawful purpose is permitted, excluding meat and dairy production.').some((r) => r.endsWith(':6')));
    assert.ok(rulesOf('Automated grading of examinations, or proctoring of tests, by means of the Software is not permitted.').some((r) => r.endsWith(':6')));
    expectEach([
      'Organisations that prefer not to follow the GPL may buy a commercial licence instead.',
      'Distributors must include a copy of this licence with every copy.',
      'Government users must comply with applicable export regulations.',
      "Companies that redistribute the Software must include the Licensor's copyright notice.",
      'This licence is personal to you; recipients receive their own licence from the licensor automatically.',
      'The Software contains no telemetry, and you may add or remove any module as you see fit.',
      'The authors hope the Software will be used for peaceful purposes.',
      "Notice may be given by means of the Software's update channel.",
    ], []);
  });

  it('reads bodies denied the rights or barred from being recipients, a grantee defined without a kind or a size, and one download source as restrictions; a denial denied as clean', () => {
    assert.deepEqual(rulesOf('Trade unions, labour federations and their officers are denied the rights granted in this licence.'), ['excluded-group:5']);
    assert.deepEqual(rulesOf('Insurance carriers, reinsurers and their underwriting agents may not be recipients of the Software, whether directly or through redistribution.'), ['excluded-group:5']);
    assert.deepEqual(rulesOf('"Licensee" means any person or entity other than a company whose shares trade at a market capitalisation above one billion euros.'), ['excluded-group:5']);
    assert.deepEqual(rulesOf("Obtaining the Software from any source other than the Licensor's official download network voids this licence."), ['platform-specific:10']);
    expectEach([
      'Users may not be denied the rights granted in this licence.',
      '"Licensee" means any person or entity other than the Licensor.',
      'Distributors may not be recipients of support services.',
      'You may obtain the Software from any source other than our website; the licence is the same.',
    ], []);
  });

  it('reads models made from the work kept from recipients, and derived works under terms that expire, as OSD 3', () => {
    assert.ok(rulesOf('Models trained on, or distilled from, this Model may not be distributed.').includes('no-modification:3'));
    assert.deepEqual(rulesOf('Any modified version must be released under a licence that expires one year after its release date.'), ['no-modification:3']);
    expectEach(['Models trained on this Model may be distributed under any terms.', 'Any modified version must be released under this licence, which does not expire.'], []);
  });

  it('reads the licensor ending the licence for a use as OSD 6, its promise not to as clean, and an old restriction said to stay as binding', () => {
    assert.ok(rulesOf('The Licensor may terminate this licence if you use the Software for military purposes.').includes('field-of-use:6'));
    expectEach(['The licensor may not terminate this license because you use the software for commercial, military or government purposes.', 'The Licensor may terminate this licence if you breach it.'], []);
    const [p] = readProvisions("The former licence's ban on military use remains in force in this revision.");
    assert.equal(new Reading(p, []).historyNote, false);
  });

  it('reads a class described by what its members did, the rights taken from it, as OSD 5 for a human to weigh, not conduct towards this licence', () => {
    for (const text of [
      'Anyone who has previously filed a copyright takedown notice against this project forfeits every permission under this licence.',
      'Rights are not extended to individuals who have been sanctioned by the Project\'s code-of-conduct committee, and rights previously held by such individuals lapse upon the committee\'s decision.',
      'Former contributors who withdraw their contributions, or who publicly criticise the Project in terms the maintainers deem defamatory, lose the right to use any release published after that date.',
    ]) assert.ok(analyze(text, model).findings.some((f) => f.ruleId === 'excluded-group' && f.severity === 'warning'), text);
    expectEach(['Anyone who removes the copyright notices loses all rights under this licence.', 'Anyone who brings a patent claim over the Software loses all rights under this licence.', 'Contributors who previously signed the CLA keep their rights.'], []);
  });

  it('reads a licensor that may refuse the work to any person it chooses as OSD 5', () => {
    assert.deepEqual(rulesOf('The Licensor may refuse to provide the Software to any person or organisation it considers to have a poor reputation.'), ['excluded-group:5']);
    assert.deepEqual(rulesOf('The Licensor may refuse to accept any contribution.'), []);
  });

  it('keeps clean what only looks like a ban: a ban denied, what someone cannot do, a purpose, a relative clause, what never happened', () => {
    expectEach([
      'It is not forbidden to give the software away for nothing, nor is it forbidden to charge for it.',
      'Armed forces and defence contractors are neither prohibited nor specially authorised; they hold the same rights as any other licensee.',
      'Those who can\'t comply with the copyleft terms may buy an alternative licence; everyone else can rely on this licence at no cost.',
      'If you distribute a modified version, give it a name that doesn\'t include "Orchard", so nobody mistakes your build for ours.',
      'The model may be used for any task, including tasks its authors never anticipated.',
      'Acceptance doesn\'t depend on clicking a button, signing a form or any other particular interface.',
      'Our public demo server requires an API key; the software itself does not.',
      'An altered file must not be distributed under the filename of the original; give it a new name, and then distribute it freely.',
      'The update check is no licence requirement and may be removed from modified versions.',
    ], []);
    for (const [text, rule] of [['Military use is not forbidden, but commercial use is prohibited.', 'non-commercial:6'], ['The Model must never be used for weapons.', 'field-of-use:6']] as const) {
      assert.ok(rulesOf(text).includes(rule), text);
    }
  });

  it('reads a contraction as its verb and "not", so that vocabulary written once meets both ("aren\'t licensed", "are not licensed")', () => {
    const [p] = readProvisions("Copies that aren't registered aren't licensed.");
    assert.deepEqual(p.tokens.map((t) => t.word), ['copies', 'that', 'are', "n't", 'registered', 'are', "n't", 'licensed']);
    assert.deepEqual([p.tokens[2].lemma, p.tokens[3].lemma], ['be', 'not']);
    assert.deepEqual([p.tokens[3].start, p.tokens[3].end], [15, 18]);
    for (const text of ["You can't sell the Software.", "Modified versions aren't to be distributed.", "The source code isn't published."]) assert.notDeepEqual(rulesOf(text), [], text);
    // ("isn't" in the vocabulary is not every "is not": a contraction stays apart where the vocabulary names it.)
    assert.deepEqual(rulesOf('An "Application" is any work that makes use of an interface provided by the Library, but which is not otherwise based on the Library.'), []);
  });

  it('reads modified versions restricted to one channel, a fee or a sign-off as OSD 4, and derived works licensed only by separate negotiation as OSD 3', () => {
    assert.ok(rulesOf('Changed copies of the source may circulate only through the Project\'s official package repository.').includes('no-modification:3+4'));
    assert.ok(rulesOf('You may redistribute modified source, except that no modified version may alter or disable the telemetry module.').includes('circumvention-ban:3+4'));
    assert.ok(rulesOf('This licence extends to the original Program alone; any work based on the Program is licensed, if at all, by separate negotiation with the Licensor.').some((r) => r.startsWith('no-modification:3')));
  });

  it('reads source published only after a delay, or defined as intermediate code, as OSD 2, and derived works the licensor may take back as OSD 3', () => {
    assert.deepEqual(rulesOf('The source code will be made public 24 months after each official release; until then only executables are provided.'), ['source-withheld:2']);
    assert.deepEqual(rulesOf('"Source code" means the intermediate code output by the preprocessor; the original files are not published.'), ['source-withheld:2']);
    assert.deepEqual(rulesOf('Derivative works may be distributed, but the Licensor may at any time withdraw permission to distribute a particular derivative work.'), ['no-modification:3']);
    expectEach(['Source code for each release is published on the website within 30 days after the release.', 'The Licensor may terminate your rights if you breach this licence.', 'The Licensor may withdraw from the project at any time.'], []);
  });

  it('reads registration with the licensor before use as a further agreement, not a sign-up for support or contributions', () => {
    assert.deepEqual(rulesOf('You must sign up for an account with the Foundation to use the Engine.'), ['additional-agreement:7']);
    expectEach(['You must register with the Licensor to receive support for the Software.', 'Contributors must register with the Foundation before their patches are merged.'], []);
  });

  it('lends the definition of a term to the sentence that uses it, also within its own sentence', () => {
    assert.ok(rulesOf('"Permitted Purpose" means teaching and academic research, and You may exercise the rights in this Licence only for a Permitted Purpose.').some((r) => r.endsWith(':6')));
    const text = '"Barred Party" means any intelligence service or armed force.\n\nThis Licence grants no rights to a Barred Party.';
    assert.ok(analyze(text, model).findings.some((f) => f.ruleId === 'excluded-group' && text.slice(f.start, f.end).includes('no rights')));
  });

  it('leaves requests, history notes, disclaimers and rules about names alone', () => {
    for (const text of [
      'We would love to hear how you use the Engine; telling us is not a condition of this Licence.',
      'Releases before 2.0 were offered for non-commercial use only; that restriction is gone.',
      'The Engine is not designed for use in nuclear facilities, and no warranty is given for such use.',
      'You may not use the names of the authors to promote products derived from the Engine without their written permission.',
      'Historical note: the 1998 release required users to register by post. Registration was dropped long ago and is not required for any version covered by this Licence.',
      'The authors would prefer the software not be used for advertising surveillance. This is a personal wish and not a legal restriction.',
      'We only publish prebuilt binaries for Windows and macOS. You can build from source on any system you like.',
    ]) assert.deepEqual(analyze(text, model).findings.filter((f) => f.severity !== 'information').map((f) => f.ruleId), [], text);
  });

  it('reads rights that hold with a named product and not elsewhere as OSD 8, and one channel or gesture every copy needs as OSD 10', () => {
    const osd8 = (t: string): boolean => rulesOf(t).some((r) => r.startsWith('product-specific:8'));
    assert.ok(osd8('The firmware is licensed for installation on thermostats made by Brightwell Systems. Installing it on any other thermostat is not authorised.'));
    assert.ok(osd8('The licence treats the library as a component of Harbour Studio; outside Harbour Studio no rights are granted.'));
    assert.ok(osd8('You may redistribute the plug-in as part of a Tidewater Desktop release; redistribution in any other manner is not permitted.'));
    const osd10 = (t: string): boolean => rulesOf(t).some((r) => r.endsWith(':10') || r.includes(':10+') || r.includes('+10'));
    assert.ok(osd10('Downloads are licensed once you have filled in the request form on our portal. Copies acquired in any other way are unlicensed.'));
    assert.ok(osd10('Adapters built on the Model may be shared only through the Wavelength hosting service and not by any other means.'));
    assert.ok(osd10('You accept this licence by logging in to the Builder Console and pressing "Agree"; without that, no licence is granted.'));
    for (const t of [
      'Any use of the Work outside the scope of this License or after its termination is subject to the penalties of the U.S. Copyright Act.',
      'You may run it with Kubernetes or any other orchestrator; no separate licence is needed for either.',
      'The licence treats the library and any program built with it alike, whatever product they ship in.',
    ]) assert.deepEqual(rulesOf(t).filter((r) => r.startsWith('product-specific') || r.startsWith('platform-specific')), [], t);
  });

  it('reads FAQ answers to "Who can …?" and "Sure, unless …", an elliptical "but not to <verb>", and an answer\'s "No." as its own sentence', () => {
    assert.ok(rulesOf('Who may run it? Registered charities and schools, at no cost. Anyone else needs a paid licence.').some((r) => r.endsWith(':5')));
    assert.deepEqual(rulesOf('Who may run it? Anybody, for any purpose.'), []);
    assert.ok(rulesOf('Can I deploy it in my shop? Sure, unless your shop sells tobacco products.').some((r) => r.endsWith(':6')));
    assert.ok(rulesOf('You are free to copy the Program, but not to rent it out.').length > 0);
    assert.ok(rulesOf('You may use the Software unless you work in the firearms industry.').some((r) => r.endsWith(':6')));
    assert.deepEqual(rulesOf('Does this licence keep rival vendors from shipping it? No. Every vendor, rivals included, may ship, change and sell it on the same terms.'), []);
    assert.deepEqual(rulesOf('Some of the training text came from archival sources that cannot be shared; the Data Information describes them in full.'), []);
    assert.deepEqual(rulesOf('You must use the Model, and any Derivative of it, only in line with the Acceptable Use Policy.').filter((r) => r.startsWith('no-modification')), []);
  });

  it('reads recipients\' rights set by the distributor or waiting on a payment, sale kept to the licensor, rights that last inside a named product, and other software by its kind', () => {
    const criteria = (text: string): string[] => analyze(text, model).findings.filter((f) => f.severity !== 'information').flatMap((f) => f.criteria.map(String));
    for (const [text, c] of [
      ['Resellers may pass the Toolkit on under terms of their own choosing, and their customers hold only those rights which the reseller grants them.', '7'],
      ['Anyone who gets the Engine from a distributor obtains a licence only upon purchasing a seat from the Licensor.', '7'],
      ['Every recipient, not just contributors, must sign the Contributor Licence Agreement before running the Software.', '7'],
      ['Resale of the Library as part of a software collection is reserved solely to the Licensor.', '1'],
      ['You may sell the Font in a bundle, but not by itself, and not as part of any compilation either.', '1'],
      ['You may copy and change the Driver as long as it ships inside the Halden Router image.', '8'],
      ['No copy may be distributed in a container image that also contains closed-source binaries.', '9'],
      ['You shall not publish any modified version that patches a vulnerability until the Licensor has signed off on it.', '3'],
      ['This toolkit is not designed for air-traffic control, and accordingly the licence does not allow its use in aviation.', '6'],
      ['If the Licensee asks for the source code, the Licensor may charge EUR 20,000 for it, a price unrelated to the cost of copying.', '2'],
      ['The Licensor releases only the quantized weights and a hosted inference interface, and does not release the model architecture code.', '2'],
      ['Copies of the Agent may run only on machines with the Licensor\'s USB dongle plugged in.', '10'],
      ['The Notebook Kit is licensed solely inside the Licensor\'s hosted notebook environment; running it in any other environment is not licensed.', '10'],
      ['The share-alike terms of this Licence apply to every program distributed on the same disc as the Work, derived from it or not.', '9'],
      ['You may not offer the App in any store that also offers applications competing with the Licensor\'s products.', '9'],
      ['If you pass a copy on to a colleague, they are not covered by this licence and must ask us for their own.', '7'],
      ['You may not distribute modified copies.', '3'],
      ['You may not give the Program to anyone else.', '1'],
      ['A royalty of EUR 2 per copy is owed to the Licensor for each sale of a compilation, although this licence does not extend to the other programs in it.', '1'],
      ['This obligation also extends to separate works merely distributed alongside the Derivative Work on the same medium, which must be licensed under this Licence too.', '9'],
      ['The duty reaches any person who merely runs or copies the Program, and each such person is required to sign these Contributor terms and return them to the Licensor beforehand.', '7'],
      ['This licence itself excludes from its grant every person resident in Freedonia.', '5'],
      ['In addition, any licensee, whether or not it contributes, must sign the Licensor\'s Contributor Licence Agreement, and only then may use the Work.', '7'],
    ] as const) assert.ok(criteria(text).includes(c), `${text}: ${criteria(text)}`);
    expectNoError([
      'You may hand the Toolkit on to anyone, who then has every right in this licence without buying an end-user licence from us.',
      'These rights are not personal to the first licensee; they pass with each copy to whoever receives it.',
      'Each recipient obtains these rights on receipt, and by using the Software accepts this Licence.',
      'Model cards, hyperparameters and preprocessing scripts are all published, and nothing is withheld as a trade secret.',
      'Bug reports filed on unofficial mirrors may not be seen by the maintainers; file them upstream.',
      'Derived checkpoints must not be named in a way that suggests they are the official release.',
      'Any contributor may not submit code unless it has the right to do so. This obligation binds only the people contributing code, never those who receive the software.',
      'The managed API the Licensor operates is a separate offering and is not covered by this License.',
      'The toolkit suits financial trading desks as well as research; its use in trading systems is permitted like any other.',
      'Any third party you pass the Program to (whether for a fee or not) receives all rights under this License automatically.',
      'Bundling the Program on a medium alongside GPL-licensed programs is permitted.',
      'If the Licensee asks for the source code, the Licensor may charge a fee not exceeding the cost of copying.',
      'Other applications preloaded on the device are not bound by this licence; only the Software must come with its source.',
      'The model may be used for medical diagnosis; its output should not be treated as professional advice, and it has not been certified by any regulator.',
      'The share-alike terms of this Licence do not extend to other programs on the same disc unless they are derived from the Work.',
      'You may distribute modified copies, provided they say that they were changed.',
      'If you pass a copy on to a colleague, they are covered by this licence automatically.',
      'The Notebook Kit runs in the Licensor\'s hosted notebook environment, in a local notebook or anywhere else.',
      'A modified Work may not use the Marks in any way that could make the public mistakenly believe the Licensor published it; remove the Marks and pick a name of your own.',
      'The Licensor may not refuse, restrict or end the licence on the ground that a licensee is a ministry or an army.',
      'Source code you provide may not be deliberately obfuscated, and must be the form a programmer prefers for making changes.',
      'Use of the hosted API is governed by the Licensor\'s Acceptable Use Policy; but those policies apply only to the hosted API itself and do not apply to copies of the Model that licensees download.',
      'Licensees who run the weights on their own servers are not bound by the Usage Policy, which applies only to calls to the Licensor\'s API.',
      'You may not distribute the original source in modified form, but you may distribute it with patch files; the Licensor permits you to distribute software built from modified source.',
      'This License does not extend to other programs distributed with the Software on the same medium.',
      'No licence fee, royalty or other charge is payable to the authors for exercising these rights.',
      'The Licensor reserves the Quillmark name, and you may not publish a modified version under those same identifiers.',
      'This Licence may be terminated only for a breach of its own conditions, and not for any breach of the Acceptable Use Policy of the Licensor\'s hosted offering.',
      'An API key is required to call the Licensor\'s hosted inference endpoint; the downloadable model needs none.',
      'Where a licensee, including a government entity, is prohibited by applicable law from giving an indemnity, Section 11 applies only as far as that law permits.',
      'Part of the training data is licensed clinical records that the Licensor is not permitted to redistribute; Schedule 3 describes them in full.',
      'Distributions may package the Work with their own patches, and the Licensor will not demand a fee or certification for it.',
      'In addition, any contributor must sign the Contributor Licence Agreement, and only then may submit patches.',
    ]);
  });

  it('leaves alone what the licensor promises of itself, what the data allows, and statements that nothing is withheld', () => {
    expectNoError([
      'The Steward shall keep its meeting notes public and shall not grant any one sponsor a veto over new releases.',
      'Such commitments concern the Steward\'s own conduct and confer no rights on, and impose no duties upon, users of the Work.',
      'A 99.5 % availability guarantee applies only to subscribers of the Publisher\'s managed service.',
      'About a tenth of the training images came from museum archives that cannot be redistributed; Appendix D describes them in full.',
      'No file needed to build or retrain the Model is withheld or shipped only in compiled form.',
      'Policy documents are informative only, and no user\'s licence may be terminated for conduct that Section 2 permits.',
      'They are included solely so that official builds display the right icon; you may remove them.',
    ]);
    expectNoError([
      'The Acceptable Use Policy governs only our hosted API and does not apply to the weights you download and run yourself.',
      'Our demo server must not be used to generate spam. That rule belongs to the demo server alone and does not apply to the Software itself.',
      'The Licensor is a company with more than 10,000 employees and annual revenue above USD 2 billion.',
      'Non-public training data is documented in the data card, including the parts that must be purchased.',
    ]);
    expectNoError([
      'This licence gives nobody, rivals of the Licensor included, any right to use the Licensor\'s trade names or logos.',
      'You may not distribute altered source files directly; you may distribute patch files together with the original source files, and you may distribute programs built from the altered source.',
      'Ports to other systems are welcome, but the maintainers may close issues that cannot be reproduced on the reference platform.',
      'Nothing in this licence releases a former employee from duties owed under a separate confidentiality agreement.',
      '"Approved Use" means any use whatsoever, including teaching, research and commercial services. Every right in Section 2 is granted for each Approved Use.',
      'Every visitor to the Licensor\'s hosted inference portal must create an account; people who run the weights themselves need none.',
      'Where a customer has more than 500 seats, it exercises the rights in Section 2 directly under this Licence.',
      'You may share the base checkpoint only unmodified together with delta files; merged weights built from a delta may also be published under another name.',
      'The library was originally only on Windows developed and tested; the authors do not support other systems.',
    ]);
    expectNoError([
      'Mere aggregation on one disc does not extend this licence to the other programs on it.',
      'The Fonts may be sold alone or in any collection, with no royalty owed to the Licensor.',
      'Derived models shall be licensed under these terms and may not be placed under the Licensor\'s Restricted Research Licence.',
      'The Licensor pledges that its own bundle will not include third-party programs without their authors\' consent.',
      'Sharing a compiled copy does not oblige you to host the source yourself.',
      'Companies with revenue above USD 5 million are invited, but not required, to buy a support plan; no right depends on buying it.',
      'A Studio Licence is needed only for the separately sold display weights, which are not part of the Font.',
      'Where the Toolchain is included in a paid software bundle, the seller shall say in the notices which version is included.',
    ]);
    // A proviso that carves something out of a ban leaves the ban standing and restricts nothing itself.
    assert.deepEqual(rulesOf('You may not use the Software for weapons; provided, however, that the foregoing shall not restrict research on mine clearance.'), ['field-of-use:6']);
    assert.deepEqual(rulesOf('You may not charge any fee for copies of the Software, for warranty protection or for support; copies may only be given away free of charge.').map((r) => r.split(':')[1]), ['1']);
    assert.ok(rulesOf('The Library may be shared on its own but shall not be included in any compilation without the Licensor\'s prior consent.').some((r) => r.endsWith(':1')));
    assert.ok(rulesOf('The Licensor undertakes to publish the source code of each version no earlier than three years after its first binary release.').some((r) => r.endsWith(':2')));
    assert.ok(rulesOf('Competitors of the Licensor have no right to use the Software or the Licensor\'s name.').some((r) => r.endsWith(':5')));
    assert.ok(rulesOf('You may not distribute modified source code; only patches may be distributed.').some((r) => r.startsWith('patch-only-no-binaries')));
    // (A carve-out for a class leaves the rule standing.)
    assert.ok(rulesOf('You may not use the Software for weapons. This restriction does not apply to government agencies of Canada.').length > 0);
    // (The same words with a rule in them still bind.)
    assert.ok(rulesOf('The training data may not be redistributed, and the Model cannot be used for military purposes.').some((r) => r.endsWith(':6')));
    assert.ok(rulesOf('The Licensor does not grant you any right to use the Software commercially.').length > 0);
  });

  it('reads a condition that nothing be charged, rights contingent on a named product, one interface with local use shut out, and a class described by what it once did', () => {
    assert.ok(rulesOf('You may pass on copies on the condition that no fee of any kind is charged to the recipient.').some((r) => r.endsWith(':1')));
    assert.ok(rulesOf('The licence for the add-on is conditional on its use with a licensed copy of StudioMax.').some((r) => r.startsWith('product-specific:8')));
    assert.ok(rulesOf('Customers may only query the model through our API and may not run it on premises.').some((r) => r.includes('10')));
    assert.ok(rulesOf('Firms that previously breached this licence may not use the Software.').some((r) => r.endsWith(':5')));
    assert.ok(rulesOf('Anyone who has brought any lawsuit against the Licensor loses all rights under this licence.').some((r) => r.endsWith(':5')));
    expectEach([
      'You may run the Software locally, offline or in any cloud.',
      'The Software previously required a paid licence for commercial use; that requirement was removed.',
      'You may redistribute the Software on the condition that you keep this notice.',
    ], []);
  });

  it('is off by default: the default engine is unchanged', () => {
    assert.deepEqual(analyze('Decompiling the Engine is prohibited.').findings.map((f) => f.ruleId), []);
    assert.deepEqual(rulesOf('Decompiling the Engine is prohibited.'), ['reverse-engineering-ban:2']);
  });

  // Floors at the figures measured the last time the model changed: a change that lowers one fails here.
  const floors = [
    ['dev.jsonl, odd ids (tuned on)', () => devClauses().filter(isTuningHalf), 130, 0],
    ['dev.jsonl, even ids (validation, not tuned on)', () => devClauses().filter((c) => !isTuningHalf(c)), 109, 3],
    ['blind set (never tuned on)', () => blindSet('clauses'), 37, 0],
    ['second blind set (never tuned on; first run 36/60, 6 compliant errors)', () => blindSet('second'), 52, 4],
    ['third blind set (never tuned on; first run 50/60, 3 compliant errors)', () => blindSet('third'), 55, 1],
    ['fourth blind set (never tuned on; first run 48/60, 2 compliant errors)', () => blindSet('fourth'), 54, 2],
    ['fifth blind set (never tuned on; first run 48/60, 3 compliant errors)', () => blindSet('fifth'), 52, 3],
    ['sixth blind set (never tuned on; first run 50/60, 0 compliant errors)', () => blindSet('sixth'), 53, 0],
    ['seventh blind set (never tuned on; first run 41/60, 3 compliant errors)', () => blindSet('seventh'), 45, 3],
    ['eighth blind set (never tuned on; first run 50/60, 0 compliant errors, 2 warnings)', () => blindSet('eighth'), 51, 0],
    ['ninth blind set (AI-model licences in idiosyncratic voices, never tuned on; first run 42/60, 1 compliant error, 1 warning)', () => blindSet('ninth'), 43, 1],
    ['tenth blind set (written from the OSD alone at the start of the session of 2026-12-02 night, never tuned on; first run 46/60, 2 compliant errors, 1 warning)', () => blindSet('tenth'), 51, 1],
    ['eleventh blind set (written from the OSD and the OSAID alone near the end of the session of 2026-12-02 night, after its changes, never tuned on; first run 42/60, 2 compliant errors, 2 warnings)', () => blindSet('eleventh'), 47, 1],
    ['twelfth blind set (written from the OSD and the OSAID alone at the start of the session of 2026-12-02 evening, before its changes, never tuned on; first run 48/60, 3 compliant errors, 4 warnings)', () => blindSet('twelfth'), 51, 2],
    ['thirteenth blind set (written from the OSD and the OSAID alone at the start of the session of 2026-12-03 morning, never tuned on; first run 51/60, 0 compliant errors, 2 warnings)', () => blindSet('thirteenth'), 51, 0],
    ['fourteenth blind set (written from the OSD and the OSAID alone at the start of the session of 2026-12-03 afternoon, measured on d2c2124, never tuned on; first run 49/60, 4 compliant errors, 2 warnings)', () => blindSet('fourteenth'), 51, 2],
    ['fifteenth blind set (written from the OSD and the OSAID alone in the middle of the session of 2026-12-03 afternoon, first run on a635e74, the commit it was asked on, never tuned on; first run 53/60, 0 compliant errors, 1 warning)', () => blindSet('fifteenth'), 54, 0],
    ['sixteenth blind set (long numbered provisions with defined terms and provisos, written from the OSD and the OSAID alone at the start of the session of 2026-12-03 evening, first run on a25da8b, never tuned on; first run 50/60, 7 compliant errors, 2 warnings)', () => blindSet('sixteenth'), 51, 7],
    ['seventeenth blind set (every register, written from the OSD and the OSAID alone near the end of the session of 2026-12-03 evening, first run on 00b7a8d, the commit it was asked on, never tuned on; first run 49/60, 4 compliant errors, 2 warnings)', () => blindSet('seventeenth'), 49, 2],
    ['eighteenth blind set (every criterion and register, written from the OSD and the OSAID alone at the start of the session of 2026-12-03 night, first run on 54ba2cb, the commit it was asked on, before any change, never tuned on; first run 54/60, 5 compliant errors, 6 warnings)', () => blindSet('eighteenth'), 54, 4],
    ['nineteenth blind set (every criterion; a third long provisions, a third FAQ and README notes; written from the OSD and the OSAID alone in the middle of the session of 2026-12-03 night, first run on 97b4548, the commit it was asked on, never tuned on; first run 49/60, 3 compliant errors, 6 warnings)', () => blindSet('nineteenth'), 50, 3],
    ['twentieth blind set (every criterion and register, written from the OSD and the OSAID alone at the start of the session of 2026-12-03 late night, first run on 20848f9, the commit it was asked on, before any change, never tuned on; first run 48/60, 3 compliant errors, 5 warnings)', () => blindSet('twentieth'), 48, 3],
    ['twenty-first blind set (every criterion, weighted to OSD 5, 6, 1 and 3; every register including lists; written from the OSD and the OSAID alone in the middle of the session of 2026-12-03 late night, first run on ef0a3cf, the commit it was asked on, never tuned on; first run 47/60, 5 compliant errors, 6 warnings)', () => blindSet('twenty-first'), 47, 5],
    ['twenty-second blind set (every criterion six times, every register including lists and provisos, written from the OSD and the OSAID alone near the end of the session of 2026-12-03 late night, first run on 8957093, the commit it was asked on, never tuned on; first run 57/60, 9 compliant errors, 8 warnings)', () => blindSet('twenty-second'), 57, 9],
    ['twenty-third blind set (every criterion six times, every register including definitions, lists, provisos, FAQs and AI-model licences, written from the OSD and the OSAID alone at the start of the session of 2026-12-03 night, first run on fdb5d24, the commit it was asked on, before any change, never tuned on; first run 46/60, 2 compliant errors, 2 warnings)', () => blindSet('twenty-third'), 46, 2],
    ['tuning set (helper-written, tuned on)', () => tuningSet('clauses'), 37, 0],
    ['idea set (helper-written from the idea names, tuned on)', () => tuningSet('ideas'), 214, 0],
    ['precision set (helper-written, mostly compliant, tuned on)', () => tuningSet('precision'), 117, 0],
    ['recall set (helper-written, mostly violating, tuned on)', () => tuningSet('recall'), 222, 0],
    ['persons set (helper-written, OSD 5, 7 and 9 in long sentences, tuned on)', () => tuningSet('persons'), 135, 0],
    ['weak-criteria set (helper-written, OSD 2, 4, 5, 7-10; first run 58/110, 1 error; tuned on)', () => tuningSet('weak'), 102, 0],
    ['second precision set (helper-written near-twins; first run 27/40, 4/160 errors; tuned on)', () => tuningSet('precision2'), 36, 0],
    ['third precision set (helper-written, AI-model drafting; first run 17/30, 5/150 errors; tuned on)', () => tuningSet('precision3'), 22, 0],
    ['varied set (every criterion, varied registers; first run 64/100, 2 errors; tuned on)', () => tuningSet('varied'), 89, 0],
    ['AI-model set (first run 67/100, 5 errors; tuned on)', () => tuningSet('ai'), 90, 0],
    ['source-available set (first run 68/100, 3 errors; tuned on)', () => tuningSet('source-available'), 86, 0],
    ['informal and legacy set (first run 69/100, 4 errors; tuned on)', () => tuningSet('informal'), 87, 0],
    ['second weak-criteria set (OSD 5, 7-10; first run 92/160, 4 errors; tuned on)', () => tuningSet('weak2'), 147, 0],
    ['fourth precision set (first run 25/40, 5/200 errors; tuned on)', () => tuningSet('precision4'), 30, 0],
    ['third weak-criteria set (OSD 1, 5, 7-10; first run 98/130, 1/50 errors; tuned on)', () => tuningSet('weak3'), 112, 0],
    ['fifth precision set (first run 28/40, 5/160 errors; tuned on)', () => tuningSet('precision5'), 33, 0],
    ['third source set (OSD 2-4; first run 77/150, 2/60 errors; tuned on)', () => tuningSet('source3'), 125, 0],
    ['second fields set (OSD 6 and 8; first run 93/150, 3/60 errors; tuned on)', () => tuningSet('fields2'), 128, 0],
    ['fourth weak-criteria set (OSD 7, 1, 2, 5, 8, 10, 3/4; first run 116/150, 0/50 errors; tuned on)', () => tuningSet('weak4'), 142, 0],
    ['sixth precision set (first run 33/40, 5/160 errors, 1 warning; tuned on)', () => tuningSet('precision6'), 35, 0],
    ['fifth weak-criteria set (OSD 7, 8, 10, 5; first run 90/150, 1/50 errors, 1 warning; tuned on)', () => tuningSet('weak5'), 129, 0],
    ['sixth weak-criteria set (OSD 2, 3, 8, 10, 7; first run 93/150, 1/50 errors; tuned on)', () => tuningSet('weak6'), 127, 0],
    ['seventh weak-criteria set (OSD 7, 9, 10, 5, 2, 8; first run 103/150, 1/50 errors; tuned on)', () => tuningSet('weak7'), 142, 0],
    ['eighth weak-criteria set (OSD 6, 5, 1, 3 in indirect wordings; first run 111/150, 0/50 errors, 1 warning; tuned on)', () => tuningSet('weak8'), 133, 0],
    ['seventh precision set (near-twins; first run 32/40, 2/160 errors, 3 warnings; tuned on)', () => tuningSet('precision7'), 34, 0],
    ['ninth weak-criteria set (OSD 2, 3, 4, 7, 8, 10 in indirect wordings; first run 83/150, 1/50 errors; tuned on)', () => tuningSet('weak9'), 131, 0],
    ['tenth weak-criteria set (OSD 3, 4, 2, 7; first run 84/150, 3/50 errors, 1 warning; tuned on)', () => tuningSet('weak10'), 126, 0],
    ['eighth precision set (160 compliant wordings, 40 near-twins; first run 33/40, 9/160 errors, 6 warnings; tuned on)', () => tuningSet('precision8'), 35, 0],
    ['eleventh weak-criteria set (OSD 5, 6, 7, 8, 10 in indirect wordings; first run 117/150, 2/50 errors; tuned on)', () => tuningSet('weak11'), 148, 0],
    ['twelfth weak-criteria set (OSD 6, 5, 3, 2, 7, ideas and voices beyond the earlier sets; first run 116/150, 1/50 errors, 1 warning; tuned on)', () => tuningSet('weak12'), 140, 0],
    ['ninth precision set (160 compliant wordings, 40 near-twins; first run 32/40, 13/160 errors, 4 warnings; tuned on)', () => tuningSet('precision9'), 40, 0],
    ['thirteenth weak-criteria set (OSD 6, 5, 3, 7, 1, 2 in indirect wordings and registers; first run 110/150, 1/50 errors, 2 warnings; tuned on)', () => tuningSet('weak13'), 133, 0],
    ['fourteenth weak-criteria set (OSD 5, 6, 3, 10, 8, 9 in hard shapes: definitions, double negatives, FAQs, nominalisations; first run on d2c2124 99/150, 2/50 errors, 0 warnings; tuned on)', () => tuningSet('weak14'), 134, 0],
    ['fifteenth weak-criteria set (OSD 5 and 6 by who, what field and how, OSD 3 and 10; first run on a635e74 118/150, 2/50 errors, 1 warning; tuned on)', () => tuningSet('weak15'), 141, 0],
    ['sixteenth weak-criteria set (OSD 8, 10, 3, 5, 6, 9 in varied shapes; first run on a25da8b 101/150, 2/50 errors, 0 warnings; tuned on)', () => tuningSet('weak16'), 132, 0],
    ['tenth precision set (120 compliant provisions worded to look like restrictions, 40 near-twins that break the OSD; first run on a25da8b 28/40, 8/120 errors, 2 warnings; tuned on)', () => tuningSet('precision10'), 30, 1],
    ['seventeenth weak-criteria set (80 + 80 near-twins of long provisions; first run on 848c602, the commit it was asked on, 68/80, 6/80 errors, 7 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('weak17'), 71, 0],
    ['eighteenth weak-criteria set (80 + 80 near-twins, compliant twins chosen to look like restrictions; first run on df1f560, the commit it was asked on, 74/80, 9/80 errors, 12 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('weak18'), 74, 0],
    ['nineteenth weak-criteria set (OSD 7, 9, 10, 2, 3/4, 8, 1; 80 + 80 near-twins; first run on 54ba2cb, the commit it was asked on, 61/80, 3/80 errors, 5 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('weak19'), 79, 0],
    ['twentieth weak-criteria set (OSD 7, 9, 10, 2, 3, 4, 8; 80 + 80 near-twins; first run on 20848f9, the commit it was asked on, 64/80, 8/80 errors, 7 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('weak20'), 77, 1],
    ['twenty-first weak-criteria set (OSD 5, 6, 1, 3, 7, 9, 10; 80 + 80 near-twins; first run on ef0a3cf, the commit it was asked on, 68/80, 7/80 errors, 11 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('weak21'), 73, 1],
    ['eleventh precision set (120 compliant provisions worded to look like restrictions, 40 near-twins that break the OSD; first run on 54ba2cb, the commit it was asked on, 36/40, 4/120 errors, 3 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('precision11'), 40, 0],
    ['twelfth precision set (150 long numbered compliant provisions with defined terms and provisos, 30 near-twins that break the OSD; first run on 97b4548, the commit it was asked on, 23/30, 8/150 errors, 7 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('precision12'), 28, 0],
    ['thirteenth precision set (150 compliant provisions that look like restrictions, a third informal, a sixth in lists; 30 near-twins that break the OSD; first run on 20848f9, the commit it was asked on, 21/30, 13/150 errors, 3 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('precision13'), 26, 0],
    ['fourteenth precision set (120 compliant provisions: cure periods, patent retaliation, fees for optional services, marks, notices, the licensor\'s promises, requests, facts, disclaimers, export reminders, hosted services; half long provisions, a quarter lists; 30 near-twins; first run on 1a08a1a, the commit it was asked on, 17/30, 8/120 errors, 4 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('precision14'), 17, 0],
    ['fifteenth precision set (150 compliant provisions: lists under lead-ins that bind nobody, copyleft duties, patent retaliation, cure periods, notices, marks, disclaimers, facts with big numbers, history notes, requests, the licensor\'s practice, model cards; 30 near-twins; first run on fdb5d24, the commit it was asked on, 20/30, 15/150 errors, 3 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('precision15'), 20, 0],
    ['twenty-second weak-criteria set (80 violating clauses weighted to OSD 7, 9 and 10, then 2, 5, 6 and 8, 80 compliant near-twins; first run on fdb5d24, the commit it was asked on, 54/80, 4/80 errors, 6 warnings; tuned on, not trained on by the learned layer)', () => tuningSet('weak22'), 66, 0],
  ] as const;
  for (const [name, load, found, errors] of floors) {
    it(`${name}: at least ${found} violations found, at most ${errors} compliant clauses with an error`, () => {
      const s = score(load(), model);
      assert.ok(s.found >= found, `found ${s.found}`);
      assert.ok(s.compliantErrors <= errors, `compliant errors ${s.compliantErrors}`);
    });
  }
});
